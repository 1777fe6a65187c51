import { Alert, Anchor, Button, Checkbox, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { identity } from '../api/clients';
import { errorMessage, fieldErrors, isApiError } from '../api/errors';
import { session } from '../api/session';
import { SocialButtons } from '../features/social/SocialButtons';
import { AuthLayout } from '../layout/AuthLayout';

/** The vendor's published terms (opens in a new tab, so the form keeps what was typed). */
const TERMS_URL = 'https://www.parallels.com/about/legal/';

export function SignUpPage() {
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { firstName: '', lastName: '', email: '', password: '', repeatPassword: '', acceptTerms: false, keepSignedIn: false },
    validate: {
      firstName: (v) => (v.trim() ? null : 'Enter your first name'),
      lastName: (v) => (v.trim() ? null : 'Enter your last name'),
      email: (v) => (/^\S+@\S+\.\S+$/.test(v) ? null : 'Enter a valid email address'),
      password: (v) => (v.length >= 8 && /[a-z]/i.test(v) && /\d/.test(v) ? null : 'At least 8 characters with a letter and a digit'),
      repeatPassword: (v, values) => (v === values.password ? null : 'The passwords do not match'),
      acceptTerms: (v) => (v ? null : 'You must accept the terms of use'),
    },
  });

  const submit = form.onSubmit(async ({ repeatPassword: _repeat, ...values }) => {
    setError(null);
    const { data, error: failure } = await identity.POST('/auth/sign-up', { body: values });
    if (!data) {
      if (isApiError(failure) && failure.code === 'EMAIL_TAKEN') return form.setFieldError('email', failure.message);
      form.setErrors(fieldErrors(failure));
      return setError(errorMessage(failure));
    }
    session.established(data, values.keepSignedIn);
    navigate('/', { replace: true });
  });

  return (
    <AuthLayout title="Create your account" subtitle="Then register the license key you received with your subscription.">
      <form onSubmit={submit} noValidate>
        <Stack>
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <Group grow preventGrowOverflow={false} wrap="wrap">
            <TextInput label="First name" autoComplete="given-name" required {...form.getInputProps('firstName')} />
            <TextInput label="Last name" autoComplete="family-name" required {...form.getInputProps('lastName')} />
          </Group>
          <TextInput label="Email" type="email" autoComplete="email" required {...form.getInputProps('email')} />
          <PasswordInput
            label="Password"
            description="At least 8 characters, with a letter and a digit"
            autoComplete="new-password"
            required
            {...form.getInputProps('password')}
          />
          <PasswordInput label="Repeat password" autoComplete="new-password" required {...form.getInputProps('repeatPassword')} />
          <Checkbox
            label={
              <>
                I agree with the{' '}
                <Anchor href={TERMS_URL} target="_blank" rel="noreferrer" inherit>
                  Terms of Use
                </Anchor>
              </>
            }
            {...form.getInputProps('acceptTerms', { type: 'checkbox' })}
          />
          <Checkbox label="Keep me signed in" {...form.getInputProps('keepSignedIn', { type: 'checkbox' })} />
          <Button type="submit" loading={form.submitting} fullWidth>
            Create account
          </Button>
          <SocialButtons verb="Sign up" keepSignedIn={form.values.keepSignedIn} />
          <Text size="sm" ta="center">
            Already have an account?{' '}
            <Anchor component={Link} to="/sign-in">
              Sign in
            </Anchor>
          </Text>
        </Stack>
      </form>
    </AuthLayout>
  );
}
