/**
 * Hand edits of wage-service's data, beside the BLS imports: creating, renaming and deleting an occupation, and
 * writing or deleting one year's national figures. Every write needs scope salary.write, is one transaction and is
 * guarded by the row's version (409 when it changed since it was read).
 */
package com.salaryguide.wage.editing;
