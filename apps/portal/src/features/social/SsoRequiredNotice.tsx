import { Alert, Button, Stack, Text } from '@mantine/core';
import { isApiError } from '../../api/errors';
import { ssoStartUrl } from './socialErrors';

/** True for the answer an account-scoped call gets when the account requires its single sign-on. */
export function isSsoRequired(error: unknown): error is { code: 'SSO_REQUIRED'; details?: { accountId?: string } } {
  return isApiError(error) && error.code === 'SSO_REQUIRED';
}

/**
 * What an account page shows instead of its content when the account requires its single sign-on
 * and this session did not come through it: a button that signs in through the organisation's provider.
 */
export function SsoRequiredNotice({ accountId }: { accountId: string }) {
  return (
    <Alert color="yellow" title="Sign in with your organisation's single sign-on">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">This business account requires its single sign-on. Your other accounts are not affected.</Text>
        <Button component="a" href={ssoStartUrl({ accountId }, false)}>
          Continue with single sign-on
        </Button>
      </Stack>
    </Alert>
  );
}
