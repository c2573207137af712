/** Password hashing, the common-password list, random tokens and the JWT key set. */
package io.tenantry.security;
