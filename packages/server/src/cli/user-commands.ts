import { required, text, UsageError } from '@perfanalysis/shared/cli-command';
import { USER_ROLES, type UserRole, userRepository } from '@perfanalysis/storage';
import { hashPassword, passwordProblem } from '../passwords.js';
import type { Command } from './command.js';
import { DATABASE_HELP, DATABASE_OPTIONS, openConfiguredDatabase, tenantOption } from './database-options.js';
import { promptHidden } from './prompt.js';

export const userCreate: Command = {
  name: 'user create',
  summary: "create a user of a tenant with a role (the seed's create_tenant_superuser)",
  usage: `perfanalysis user create --tenant NAME --username NAME --role admin|analyst|viewer [--email ADDRESS]

  --username NAME      the name to log in with
  --role ROLE          admin (everything), analyst (view, analyse, upload) or viewer (read only)
  --email ADDRESS
  --password TEXT      the password; else PA_PASSWORD; else asked for on the terminal
${DATABASE_HELP}`,
  options: {
    ...DATABASE_OPTIONS,
    username: { type: 'string' },
    email: { type: 'string' },
    role: { type: 'string' },
    password: { type: 'string' },
  },
  async run(values, _positionals, io) {
    const username = required(values, 'username');
    const role = required(values, 'role');
    if (!(USER_ROLES as readonly string[]).includes(role)) {
      throw new UsageError(`--role must be one of ${USER_ROLES.join(', ')}, not "${role}"`);
    }
    let password = text(values, 'password') ?? process.env.PA_PASSWORD;
    if (password === undefined) {
      if (!io.interactive)
        throw new UsageError('no password: give --password, set PA_PASSWORD, or run on a terminal');
      password = await promptHidden(`Password for ${username}: `);
    }
    const problem = passwordProblem(password);
    if (problem) throw new UsageError(problem);
    const db = await openConfiguredDatabase(values);
    try {
      const tenant = await tenantOption(db, values);
      const user = await userRepository(tenant).create({
        username,
        email: text(values, 'email') ?? '',
        role: role as UserRole,
        passwordHash: await hashPassword(password),
      });
      if (values.json) io.out(JSON.stringify({ ...user, tenant: tenant.tenant.name }));
      else io.out(`Created ${user.role} ${user.username} in tenant ${tenant.tenant.name}`);
      return 0;
    } finally {
      await db.close();
    }
  },
};
