import { Button, Divider, Group, Stack, TextInput } from '@mantine/core';
import { IconBrandFacebook, IconBrandGoogle, IconBuilding } from '@tabler/icons-react';
import { useState } from 'react';
import { identityApi } from '../../api/clients';
import { ssoStartUrl, startUrl } from './socialErrors';

/**
 * "Sign in with Google / Facebook / single sign-on" for the sign-in and sign-up pages: one button
 * per method that is on (GET /auth/methods); none while the answer is pending or when all are off.
 */
export function SocialButtons({ verb, keepSignedIn }: { verb: 'Sign in' | 'Sign up'; keepSignedIn: boolean }) {
  const methods = identityApi.useQuery('get', '/auth/methods');
  const [ssoOpen, setSsoOpen] = useState(false);
  const [email, setEmail] = useState('');
  const on = methods.data;
  if (!on || (!on.google && !on.facebook && !on.sso)) return null;
  return (
    <Stack gap="xs">
      <Divider label="or" labelPosition="center" />
      {on.google && (
        <Button component="a" href={startUrl('google', keepSignedIn)} variant="default" leftSection={<IconBrandGoogle size={18} />} fullWidth>
          {verb} with Google
        </Button>
      )}
      {on.facebook && (
        <Button component="a" href={startUrl('facebook', keepSignedIn)} variant="default" leftSection={<IconBrandFacebook size={18} />} fullWidth>
          {verb} with Facebook
        </Button>
      )}
      {on.sso && verb === 'Sign in' && !ssoOpen && (
        <Button variant="subtle" leftSection={<IconBuilding size={18} />} onClick={() => setSsoOpen(true)} fullWidth>
          Sign in with your organisation (SSO)
        </Button>
      )}
      {ssoOpen && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (/^\S+@\S+$/.test(email)) window.location.assign(ssoStartUrl({ email }, keepSignedIn));
          }}
        >
          <Group align="end" gap="xs" wrap="nowrap">
            <TextInput label="Work email" type="email" value={email} onChange={(e) => setEmail(e.currentTarget.value)} style={{ flex: 1 }} />
            <Button type="submit">Continue</Button>
          </Group>
        </form>
      )}
    </Stack>
  );
}
