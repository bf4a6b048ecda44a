/* json.h — writing JSON for the command line's --json output: strings are
 * escaped per RFC 8259 (control characters as \u00XX, UTF-8 kept), and
 * the invisible characters the sanitiser drops as \uXXXX. */
#ifndef CS_JSON_H
#define CS_JSON_H

#include <stdio.h>

/* Writes s as a quoted JSON string ("" for NULL). */
void json_write_string(FILE *out, const char *s);

#endif
