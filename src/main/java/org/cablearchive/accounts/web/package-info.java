/** The administrators' pages for accounts ({@code /admin/users}) and the accounts API ({@code /api/users}). */
package org.cablearchive.accounts.web;
