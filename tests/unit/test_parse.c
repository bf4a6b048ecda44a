/* test_parse.c — numbers, levels and recommendations as users type them,
 * read the same under C.UTF-8 and fr_FR.UTF-8 (decimal comma). */
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "parse.h"
#include "tap.h"

static void numbers(const char *locale)
{
	struct cs_error err;
	double v = -1;
	long w = -1;
	char buf[32];

	printf("# under %s\n", locale);
	ok(parse_decimal("2,5", 0, 40, &v, &err) == CS_OK && v == 2.5, "2,5 is two and a half");
	ok(parse_decimal(" 2.5 ", 0, 40, &v, &err) == CS_OK && v == 2.5, "2.5 too, blanks aside");
	ok(parse_decimal("4", 0, 40, &v, &err) == CS_OK && v == 4.0, "a whole number");
	ok(parse_decimal(",25", 0, 40, &v, &err) == CS_OK && v == 0.25, ",25 is a quarter");
	ok(parse_decimal("2,", 0, 40, &v, &err) == CS_OK && v == 2.0, "2, is 2");
	v = 7;
	ok(parse_decimal("2,5h", 0, 40, &v, &err) == CS_ERR_DATA && v == 7, "2,5h refused, value kept");
	ok(strstr(err.message, "2,5h") != NULL, "the message names what was typed");
	ok(parse_decimal("2,5,1", 0, 40, &v, &err) != CS_OK, "two commas refused");
	ok(parse_decimal("1 000", 0, 4000, &v, &err) != CS_OK, "inner blanks refused");
	ok(parse_decimal(",", 0, 40, &v, &err) != CS_OK, "a lone comma refused");
	ok(parse_decimal("", 0, 40, &v, &err) != CS_OK, "empty refused");
	ok(parse_decimal("-1", 0, 40, &v, &err) != CS_OK, "a sign refused");
	ok(parse_decimal("1e3", 0, 4000, &v, &err) != CS_OK, "no exponent (strtod would take it)");
	ok(parse_decimal("0x10", 0, 40, &v, &err) != CS_OK, "no hexadecimal (strtod would take it)");
	ok(parse_decimal("inf", 0, 40, &v, &err) != CS_OK, "no infinity (strtod would take it)");
	ok(parse_decimal("2,1234", 0, 40, &v, &err) != CS_OK, "four decimals refused");
	ok(parse_decimal("40,5", 0, 40, &v, &err) != CS_OK, "above the maximum refused");
	ok(strstr(err.message, "0") && strstr(err.message, "40"), "with the bounds: %s", err.message);
	ok(parse_decimal("9999999999", 0, 40, &v, &err) != CS_OK, "too many digits refused");
	ok(parse_decimal(NULL, 0, 40, &v, &err) != CS_OK, "NULL refused");

	ok(parse_whole("3", 1, 4, &w, &err) == CS_OK && w == 3, "3");
	ok(parse_whole(" -1 ", -10, 10, &w, &err) == CS_OK && w == -1, "-1, blanks aside");
	ok(parse_whole("5", 1, 4, &w, &err) != CS_OK && w == -1, "out of range refused");
	ok(parse_whole("2,5", 1, 4, &w, &err) != CS_OK, "a decimal is not whole");
	ok(parse_whole("3x", 1, 4, &w, &err) != CS_OK, "trailing letters refused");
	ok(parse_whole("-", -4, 4, &w, &err) != CS_OK, "a sign alone refused");

	parse_format_decimal(2.5, buf, sizeof buf);
	is_str(buf, "2,5", "2.5 written with a comma");
	parse_format_decimal(4, buf, sizeof buf);
	is_str(buf, "4", "4 without decimals");
	parse_format_decimal(0.25, buf, sizeof buf);
	is_str(buf, "0,25", "0.25 keeps two decimals");
	parse_format_decimal(1.0 / 3.0, buf, sizeof buf);
	is_str(buf, "0,333", "three decimals at most");
	ok(parse_decimal(buf, 0, 40, &v, &err) == CS_OK && v == 0.333, "what is written is read back");
}

int main(void)
{
	struct cs_error err;
	enum workflow_level l = WORKFLOW_ACCOMP_NONE;
	const char *r = NULL;

	setlocale(LC_ALL, "C.UTF-8");
	numbers("C.UTF-8");
	if (setlocale(LC_ALL, "fr_FR.UTF-8") != NULL)
		numbers("fr_FR.UTF-8");
	else
		printf("# fr_FR.UTF-8 is not installed (make deps generates it)\n");
	setlocale(LC_ALL, "C.UTF-8");

	ok(parse_level("interne", &l, &err) == CS_OK && l == WORKFLOW_ACCOMP_INTERNAL, "interne");
	ok(parse_level(" Externe ", &l, &err) == CS_OK && l == WORKFLOW_ACCOMP_EXTERNAL, "Externe, case aside");
	ok(parse_level("AUCUN", &l, &err) == CS_OK && l == WORKFLOW_ACCOMP_NONE, "AUCUN");
	ok(parse_level("internal", &l, &err) == CS_OK && l == WORKFLOW_ACCOMP_INTERNAL, "English word");
	ok(parse_level("sans", &l, &err) == CS_OK && l == WORKFLOW_ACCOMP_NONE, "sans");
	ok(parse_level("intern", &l, &err) != CS_OK && l == WORKFLOW_ACCOMP_NONE, "a prefix is not a level");
	ok(strstr(err.message, "intern") && strstr(err.message, "externe"), "message: %s", err.message);
	ok(parse_level("", &l, &err) != CS_OK, "empty refused");

	ok(parse_recommendation("généraliser", &r, &err) == CS_OK && strcmp(r, "generaliser") == 0,
	   "généraliser");
	ok(parse_recommendation("GENERALISER", &r, &err) == CS_OK && strcmp(r, "generaliser") == 0,
	   "GENERALISER");
	ok(parse_recommendation("Arrêter", &r, &err) == CS_OK && strcmp(r, "arreter") == 0,
	   "Arrêter");
	ok(parse_recommendation("continuer", &r, &err) == CS_OK && strcmp(r, "poursuivre") == 0,
	   "continuer");
	ok(parse_recommendation("poursuivre", &r, &err) == CS_OK && strcmp(r, "poursuivre") == 0,
	   "poursuivre");
	r = NULL;
	ok(parse_recommendation("peut-être", &r, &err) != CS_OK && r == NULL, "unknown refused");
	ok(strstr(err.message, "peut-être") != NULL, "message: %s", err.message);
	return tap_done();
}
