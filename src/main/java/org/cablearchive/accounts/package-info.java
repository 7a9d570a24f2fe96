/**
 * Who may do what: user accounts and their roles, sign-in (a form for people, HTTP Basic for scripts), the
 * bootstrap administrator, and the security rules every request passes through.
 */
@ApplicationModule(displayName = "Accounts", allowedDependencies = {"storage"})
package org.cablearchive.accounts;

import org.springframework.modulith.ApplicationModule;
