import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { horizontalOverflow, seriousA11yViolations } from '../support/axe.js';
import { launchBrowser, usePortalHarness } from '../support/browser.js';
import { addMember, createInvitation, createUser } from '../support/factories.js';
import { uniqueEmail } from '../support/harness.js';
import type { ReceivedEmail } from '../support/smtp.js';

/**
 * The guide's chapter 6 in a real browser through the gateway: the business profile (view, edit),
 * inviting several users, the invitees following the emailed link (a new person and an existing
 * user), promoting, blocking (the blocked member sees it), unblocking, removing a member, the
 * pending invitations (resend, revoke), and leaving the account. Screenshots go to docs/screenshots.
 */
const SHOTS = 'docs/screenshots';
const PASSWORD = 'analytical-engine-1';

describe('portal: a business account\'s profile and users', () => {
  // Before the harness's own teardown: the browser's keep-alive connections would hold the gateway open.
  afterAll(async () => {
    await admin?.close();
    await invitee?.close();
  });
  const h = usePortalHarness({ services: ['identity', 'licensing', 'notification'] });
  let admin: Awaited<ReturnType<typeof launchBrowser>>;
  let invitee: Awaited<ReturnType<typeof launchBrowser>>;
  let page: Page;
  let other: Page;
  let accountId: string;
  const adminEmail = uniqueEmail('john');
  const newPerson = uniqueEmail('david');
  const existing = uniqueEmail('ben');
  const mistaken = uniqueEmail('typo');

  const shot = (name: string, target: Page = page) => target.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  const inviteLink = (mail: ReceivedEmail) => {
    const match = /http:\/\/portal\.test(\/invitations\/accept\?token=[A-Za-z0-9_-]+)/.exec(mail.text);
    if (!match) throw new Error(`no invitation link in "${mail.subject}"`);
    // The emailed link, on the gateway's origin (the suite's portal URL is a placeholder host).
    return `${h.gateway.url}${match[1]}`;
  };
  const signInAs = async (target: Page, email: string) => {
    await target.goto(`${h.gateway.url}/sign-in`);
    await target.getByLabel('Email').fill(email);
    await target.getByRole('textbox', { name: 'Password' }).fill(PASSWORD);
    await target.getByRole('button', { name: 'Sign in' }).click();
  };
  const expectAccessible = async (target: Page) => expect(await seriousA11yViolations(target)).toEqual([]);
  const filter = (name: 'Role' | 'Status') => page.getByLabel(name, { exact: true }).first();
  const usersTable = () => page.getByRole('table', { name: 'Business account users' });
  const openMember = async (name: string) => {
    await usersTable().getByRole('button', { name }).click();
    return page.getByRole('dialog', { name });
  };

  beforeAll(async () => {
    const signUp = (email: string, firstName: string, lastName: string) =>
      h.identity.post('/auth/sign-up').send({ firstName, lastName, email, password: PASSWORD, acceptTerms: true }).expect(201);
    const john = await signUp(adminEmail, 'John', 'Brown');
    await signUp(existing, 'Ben', 'Carter');
    const account = await h.identity
      .post('/accounts')
      .set('authorization', `Bearer ${john.body.accessToken}`)
      .send({ companyName: 'My Company, Inc.', country: 'US', state: 'WA', city: 'Redmond', street: '1 Main Street', zip: '98004', phone: '(425)123-4567' })
      .expect(201);
    accountId = account.body.id;
    admin = await launchBrowser();
    invitee = await launchBrowser();
    admin.context.setDefaultTimeout(15_000);
    invitee.context.setDefaultTimeout(15_000);
    page = await admin.context.newPage();
    other = await invitee.context.newPage();
    mkdirSync(SHOTS, { recursive: true });
  }, 120_000);

  it('shows the business profile and edits the company information', async () => {
    await signInAs(page, adminEmail);
    await page.getByRole('heading', { name: 'Products' }).waitFor();
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Business Profile' }).click();
    const company = page.getByRole('region', { name: 'Company' });
    await company.getByText('My Company, Inc.').waitFor();
    expect(await company.textContent()).toMatch(/Support Code: \d{5}-\d{5}/);
    expect(await company.textContent()).toContain('Redmond, WA, United States');
    const membership = page.getByRole('region', { name: 'Membership' });
    expect(await membership.textContent()).toContain('Account Administrator');
    expect(await page.getByRole('region', { name: 'Account Admins' }).textContent()).toContain('John Brown');
    await expectAccessible(page);
    await shot('business-profile');

    await company.getByRole('button', { name: 'Edit' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit Company Information' });
    expect(await dialog.getByLabel('Company name').inputValue()).toBe('My Company, Inc.');
    await dialog.getByLabel('Phone').fill('');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByText('Enter a phone number').waitFor();
    await dialog.getByLabel('Phone').fill('(425)555-0100');
    await dialog.getByLabel('City').fill('Bellevue');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.getByText('The company information is updated.').waitFor();
    await company.getByText('tel.: (425)555-0100').waitFor();
    expect(await company.textContent()).toContain('Bellevue, WA, United States');
  }, 90_000);

  it('invites several users at once and lists the pending invitations, with resend and revoke', async () => {
    await page.getByRole('tab', { name: 'Users (1)' }).click();
    await usersTable().waitFor();
    await filter('Role').waitFor();
    expect(await filter('Role').inputValue()).toBe('Role: All (1)');
    expect(await filter('Status').inputValue()).toBe('Status: All (1)');

    await page.getByRole('button', { name: 'Invite Users' }).click();
    const dialog = page.getByRole('dialog', { name: 'Invite Users' });
    for (const email of [newPerson, existing, mistaken, adminEmail]) {
      await dialog.getByLabel('Email address').fill(email);
      await dialog.getByRole('button', { name: 'Add' }).click();
    }
    await dialog.getByRole('button', { name: `Remove ${adminEmail}` }).click();
    await dialog.getByLabel('Email address').fill('not an address');
    await dialog.getByRole('button', { name: 'Add' }).click();
    await dialog.getByText('Type an email address').waitFor();
    await dialog.getByRole('button', { name: 'Send Invitations' }).click();
    const results = dialog.getByRole('list', { name: 'Invitation results' });
    await results.waitFor();
    expect(await results.textContent()).toContain(`${newPerson}: invitation sent`);
    expect(await results.textContent()).toContain(`${existing}: invitation sent`);
    await page.getByText('3 of 3 invitations sent').waitFor();
    await dialog.getByRole('button', { name: 'Done' }).click();

    const pending = page.getByRole('table', { name: 'Pending invitations' });
    await pending.getByRole('row', { name: new RegExp(mistaken) }).waitFor();
    expect(await pending.getByRole('row').count()).toBe(4);
    // The picture once the dialog has finished closing, not half faded over the page.
    await dialog.waitFor({ state: 'hidden' });
    await shot('business-users-invited');

    const before = h.smtp.to(newPerson).length;
    await page.getByRole('button', { name: `Resend the invitation to ${newPerson}` }).click();
    await page.getByText('Invitation sent again').waitFor();
    await h.smtp.waitFor((m) => m.to.includes(newPerson) && h.smtp.to(newPerson).indexOf(m) >= before);
    await page.getByRole('button', { name: `Revoke the invitation to ${mistaken}` }).click();
    await page.getByText('Invitation revoked').waitFor();
    await pending.getByRole('row', { name: new RegExp(mistaken) }).waitFor({ state: 'detached' });
    expect(await pending.getByRole('row').count()).toBe(3);
  }, 90_000);

  it('a new person follows the emailed link, chooses names and a password, and joins', async () => {
    // The newest link counts: the resend replaced the first one.
    const mails = await h.smtp.waitFor((m) => m.to.includes(newPerson) && h.smtp.to(newPerson).length >= 2 && m === h.smtp.to(newPerson).at(-1));
    expect(mails.subject).toBe('John Brown invited you to join My Company, Inc. on Mac Management');
    await other.goto(inviteLink(mails));
    await other.getByRole('heading', { name: 'Join My Company, Inc.' }).waitFor();
    expect(await other.getByLabel('Email').inputValue()).toBe(newPerson);
    await expectAccessible(other);
    await other.getByLabel('First name').fill('David');
    await other.getByLabel('Last name').fill('Lewis');
    await other.getByRole('textbox', { name: 'Password' }).fill(PASSWORD);
    await other.getByRole('button', { name: 'Join account' }).click();
    await other.getByText('You must accept the terms of use').waitFor();
    await other.getByLabel('I agree with the Terms of Use').check();
    await shot('accept-invitation', other);
    await other.getByRole('button', { name: 'Join account' }).click();
    await other.getByRole('heading', { name: 'Products' }).waitFor();
    expect(new URL(other.url()).pathname).toBe(`/accounts/${accountId}/dashboard`);
    // The first link was replaced by the resend: it no longer works.
    await other.goto(inviteLink(h.smtp.to(newPerson)[0]!));
    await other.getByRole('heading', { name: 'This invitation cannot be used' }).waitFor();
  }, 90_000);

  it('the admin promotes the new member; the role filter counts follow', async () => {
    await page.reload();
    await usersTable().getByRole('button', { name: 'David Lewis' }).waitFor();
    expect(await filter('Role').inputValue()).toBe('Role: All (2)');
    const dialog = await openMember('David Lewis');
    expect(await dialog.textContent()).toContain('Active');
    await dialog.getByLabel('Role').click();
    await page.getByRole('option', { name: 'Account Administrator' }).click();
    await dialog.getByLabel('Notes').fill('Handles the Berlin office');
    await dialog.getByText('The user needs to sign out and in again').waitFor();
    await shot('business-user-dialog');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved').first().waitFor();
    const row = usersTable().getByRole('row', { name: /David Lewis/ });
    await row.getByText('Account Administrator').waitFor();
    await filter('Role').click();
    await page.getByRole('option', { name: 'Role: Account Administrator (2)' }).click();
    await usersTable().getByRole('button', { name: 'John Brown' }).waitFor();
    expect(await usersTable().getByRole('row').count()).toBe(3);
    await filter('Role').click();
    await page.getByRole('option', { name: 'Role: All (2)' }).click();
  }, 90_000);

  it('an existing user joins with their password; blocked, they see it; unblocked; then removed', async () => {
    await other.goto(`${h.gateway.url}/personal`);
    await other.getByRole('button', { name: 'Your profile and sign out' }).click();
    await other.getByRole('menuitem', { name: 'Sign out' }).click();
    await other.getByText('You are signed out.').waitFor();
    const mail = await h.smtp.waitFor((m) => m.to.includes(existing) && m.subject.includes('invited you'));
    await other.goto(inviteLink(mail));
    await other.getByRole('heading', { name: 'Join My Company, Inc.' }).waitFor();
    await other.getByText('You already have an account with this email').waitFor();
    expect(await other.getByLabel('First name').count()).toBe(0);
    await other.getByRole('textbox', { name: 'Password' }).fill(PASSWORD);
    await other.getByRole('button', { name: 'Join account' }).click();
    await other.getByRole('heading', { name: 'Products' }).waitFor();

    await page.reload();
    let dialog = await openMember('Ben Carter');
    expect(await dialog.getByLabel('Role').inputValue()).toBe('Regular Member');
    await dialog.getByRole('button', { name: 'Block' }).click();
    await page.getByText('Blocked', { exact: true }).first().waitFor();
    await usersTable().getByRole('row', { name: /Ben Carter/ }).getByText('Blocked').waitFor();
    expect(await filter('Status').inputValue()).toBe('Status: All (3)');
    await filter('Status').click();
    await page.getByRole('option', { name: 'Status: Blocked (1)' }).click();
    await usersTable().getByRole('button', { name: 'John Brown' }).waitFor({ state: 'detached' });
    expect(await usersTable().getByRole('row').count()).toBe(2);
    await shot('business-users');
    await expectAccessible(page);
    const blockedMail = await h.smtp.waitFor((m) => m.to.includes(existing) && m.subject === 'Your access to My Company, Inc. was blocked');
    expect(blockedMail.text).toContain('Ben');

    // The blocked member sees that the account is blocked for them, not an error.
    await other.goto(`${h.gateway.url}/accounts/${accountId}/dashboard`);
    await other.getByRole('alert').getByText('Your access to this business account is blocked').waitFor();
    await shot('blocked-member', other);

    dialog = await openMember('Ben Carter');
    await dialog.getByRole('button', { name: 'Unblock' }).click();
    await page.getByText('Unblocked').first().waitFor();
    await page.getByText('No user matches. Change the search or the filters.').waitFor();
    await h.smtp.waitFor((m) => m.to.includes(existing) && m.subject === 'Your access to My Company, Inc. is restored');
    await other.reload();
    await other.getByRole('heading', { name: 'Products' }).waitFor();

    await filter('Status').click();
    await page.getByRole('option', { name: 'Status: All (3)' }).click();
    await page.getByRole('textbox', { name: 'Search users' }).fill('carter');
    await usersTable().getByRole('button', { name: 'David Lewis' }).waitFor({ state: 'detached' });
    await usersTable().getByRole('button', { name: 'Ben Carter' }).waitFor();
    expect(await usersTable().getByRole('row').count()).toBe(2);
    dialog = await openMember('Ben Carter');
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await dialog.getByRole('button', { name: 'Delete member' }).click();
    await page.getByText('Removed from the account').waitFor();
    await page.getByText('No user matches. Change the search or the filters.').waitFor();
    await page.getByRole('textbox', { name: 'Search users' }).fill('');
    await usersTable().getByRole('button', { name: 'David Lewis' }).waitFor();
    expect(await filter('Role').inputValue()).toBe('Role: All (2)');
    await h.smtp.waitFor((m) => m.to.includes(existing) && m.subject === 'You were removed from My Company, Inc.');
  }, 120_000);

  it('works 390 px wide', async () => {
    const phone = await admin.context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(`${h.gateway.url}/accounts/${accountId}/users`);
    await phone.getByRole('table', { name: 'Business account users' }).waitFor();
    expect(await horizontalOverflow(phone)).toBeLessThanOrEqual(0);
    await shot('business-users-390', phone);
    await phone.goto(`${h.gateway.url}/accounts/${accountId}/profile`);
    await phone.getByRole('region', { name: 'Company' }).waitFor();
    expect(await horizontalOverflow(phone)).toBeLessThanOrEqual(0);
    await phone.close();
  }, 60_000);

  it('keeps the page of the users and of the pending invitations, each its own, across a reload', async () => {
    // 2 members and no pending invitation so far: 20 more members (names after "Lewis") and 12 invitations.
    for (let i = 1; i <= 20; i += 1) {
      const user = await createUser(h.db, { firstName: 'Ann', lastName: `Member ${String(i).padStart(2, '0')}`, email: uniqueEmail(`member${i}`) });
      await addMember(h.db, accountId, user);
    }
    const john = (await h.db.query(`SELECT id FROM users WHERE email = $1`, [adminEmail]))[0] as { id: string };
    for (let i = 1; i <= 12; i += 1) await createInvitation(h.db, accountId, { email: uniqueEmail(`pending${String(i).padStart(2, '0')}`), invitedBy: john });
    const oldest = await h.db.query(`SELECT email FROM invitations WHERE account_id = $1 AND status = 'pending' ORDER BY created_at, id LIMIT 2`, [accountId]);
    const pending = page.getByRole('table', { name: 'Pending invitations' });

    await page.goto(`${h.gateway.url}/accounts/${accountId}/users`);
    await usersTable().getByRole('button', { name: 'John Brown' }).waitFor();
    expect(await usersTable().getByRole('row').count()).toBe(21);
    expect(await pending.getByRole('row').count()).toBe(11);
    // Both lists under the one pager: the count, then the named page links.
    await page.getByText('22 users · page 1 of 2', { exact: true }).waitFor();
    await page.getByText('12 invitations · page 1 of 2', { exact: true }).waitFor();
    await page.getByRole('navigation', { name: 'User pages', exact: true }).getByRole('button', { name: '2', exact: true }).click();
    // At once, while the users' page 2 may still be rendering: neither change undoes the other.
    await page.getByRole('navigation', { name: 'Invitation pages', exact: true }).getByRole('button', { name: '2', exact: true }).click();
    await usersTable().getByRole('button', { name: 'Ann Member 20' }).waitFor();
    expect(await usersTable().getByRole('row').count()).toBe(3);
    await pending.getByRole('row', { name: oldest[0].email }).waitFor();
    expect(await pending.getByRole('row').count()).toBe(3);
    expect(new URL(page.url()).searchParams.toString()).toBe('page=2&invitationsPage=2');

    await page.reload();
    await usersTable().getByRole('button', { name: 'Ann Member 19' }).waitFor();
    expect((await usersTable().locator('tbody tr td:first-child').allTextContents()).map((t) => t.trim())).toEqual(['Ann Member 19', 'Ann Member 20']);
    await pending.getByRole('row', { name: oldest[1].email }).waitFor();
    expect(await pending.getByRole('row').count()).toBe(3);
    expect(await page.getByRole('navigation', { name: 'User pages', exact: true }).getByRole('button', { name: '2', exact: true }).getAttribute('aria-current')).toBe('page');
    expect(await page.getByRole('navigation', { name: 'Invitation pages', exact: true }).getByRole('button', { name: '2', exact: true }).getAttribute('aria-current')).toBe('page');
    expect(await page.getByText('22 users · page 2 of 2', { exact: true }).count()).toBe(1);
    expect(await page.getByText('12 invitations · page 2 of 2', { exact: true }).count()).toBe(1);
    await expectAccessible(page);

    // A filter of the users goes back to their page 1 and leaves the invitations' page alone.
    await filter('Role').click();
    await page.getByRole('option', { name: 'Role: Account Administrator (2)' }).click();
    await usersTable().getByRole('button', { name: 'John Brown' }).waitFor();
    expect(new URL(page.url()).searchParams.toString()).toBe('invitationsPage=2&role=admin');
    expect(await pending.getByRole('row').count()).toBe(3);
    // One page: the count alone, no page links.
    await page.getByText('2 users', { exact: true }).waitFor();
    expect(await page.getByRole('navigation', { name: 'User pages', exact: true }).count()).toBe(0);
    await page.goto(`${h.gateway.url}/accounts/${accountId}/users`);
    await usersTable().getByRole('button', { name: 'John Brown' }).waitFor();
  }, 90_000);

  it('leaves the business account (another administrator remains)', async () => {
    await page.getByRole('tab', { name: 'General' }).click();
    await page.getByRole('button', { name: 'Leave This Business Account' }).click();
    const dialog = page.getByRole('dialog', { name: 'Leave this business account?' });
    await dialog.getByRole('button', { name: 'Leave' }).click();
    await page.getByText('You are no longer a member of My Company, Inc.').waitFor();
    await page.waitForURL(`${h.gateway.url}/personal`);
    const res = await h.identity.get(`/accounts/${accountId}`).set('authorization', `Bearer ${await bearerOf(adminEmail)}`);
    expect(res.status).toBe(404);
  }, 60_000);

  async function bearerOf(email: string): Promise<string> {
    const res = await h.identity.post('/auth/sign-in').send({ email, password: PASSWORD }).expect(200);
    return res.body.accessToken as string;
  }
});
