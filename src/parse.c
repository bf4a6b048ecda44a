/* parse.c — the core's parsers of numbers, levels and recommendations as
 * users type them (see parse.h). Numbers are read digit by digit, never
 * through strtod(), so "2,5" means two and a half under fr_FR.UTF-8 and
 * C.UTF-8 alike. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "parse.h"
#include "text.h"

#define TYPED_MAX 64

/* Copies typed without the blanks around it; false when too long. */
static bool trimmed(const char *typed, char buf[TYPED_MAX])
{
	size_t len;

	if (typed == NULL)
		typed = "";
	while (*typed == ' ' || *typed == '\t')
		typed++;
	len = strlen(typed);
	while (len > 0 && (typed[len - 1] == ' ' || typed[len - 1] == '\t'))
		len--;
	if (len >= TYPED_MAX)
		return false;
	memcpy(buf, typed, len);
	buf[len] = '\0';
	return true;
}

/* True when typed is word, case and accents aside. */
static bool same_word(const char *typed, const char *word)
{
	return typed[0] != '\0' && text_contains_folded(typed, word)
	       && text_contains_folded(word, typed);
}

enum cs_status parse_decimal(const char *typed, double min, double max, double *out,
                             struct cs_error *err)
{
	char s[TYPED_MAX], lo[32], hi[32];
	const char *p = s;
	long whole = 0, frac = 0, scale = 1;
	int digits = 0, decimals = 0;
	double v;

	if (!trimmed(typed, s))
		goto refused;
	for (; *p >= '0' && *p <= '9'; p++, digits++) {
		if (digits == 9)
			goto refused;
		whole = whole * 10 + (*p - '0');
	}
	if (*p == ',' || *p == '.') {
		for (p++; *p >= '0' && *p <= '9'; p++, decimals++) {
			if (decimals == 3)
				goto refused;
			frac = frac * 10 + (*p - '0');
			scale *= 10;
		}
	}
	if (*p != '\0' || digits + decimals == 0)
		goto refused;
	v = (double)whole + (double)frac / (double)scale;
	if (v < min || v > max) {
		parse_format_decimal(min, lo, sizeof lo);
		parse_format_decimal(max, hi, sizeof hi);
		return cs_error_set(err, CS_ERR_DATA, _("\"%s\": write a number from %s to %s"),
		                    s, lo, hi);
	}
	*out = v;
	return CS_OK;
refused:
	return cs_error_set(err, CS_ERR_DATA,
	                    _("\"%s\" is not a number: write it as 4 or 2,5"), typed ? typed : "");
}

enum cs_status parse_whole(const char *typed, long min, long max, long *out,
                           struct cs_error *err)
{
	char s[TYPED_MAX];
	const char *p = s;
	bool negative = false;
	long v = 0;
	int digits = 0;

	if (!trimmed(typed, s))
		goto refused;
	if (*p == '-' || *p == '+')
		negative = *p++ == '-';
	for (; *p >= '0' && *p <= '9'; p++, digits++) {
		if (digits == 9)
			goto refused;
		v = v * 10 + (*p - '0');
	}
	if (*p != '\0' || digits == 0)
		goto refused;
	if (negative)
		v = -v;
	if (v < min || v > max)
		return cs_error_set(err, CS_ERR_DATA, _("\"%s\": write a whole number from %ld to %ld"),
		                    s, min, max);
	*out = v;
	return CS_OK;
refused:
	return cs_error_set(err, CS_ERR_DATA, _("\"%s\" is not a whole number"),
	                    typed ? typed : "");
}

enum cs_status parse_level(const char *typed, enum workflow_level *out,
                           struct cs_error *err)
{
	static const struct { const char *word; enum workflow_level level; } words[] = {
		{ "aucun", WORKFLOW_ACCOMP_NONE }, { "aucune", WORKFLOW_ACCOMP_NONE },
		{ "sans", WORKFLOW_ACCOMP_NONE },
		{ "none", WORKFLOW_ACCOMP_NONE },
		{ "interne", WORKFLOW_ACCOMP_INTERNAL }, { "internal", WORKFLOW_ACCOMP_INTERNAL },
		{ "externe", WORKFLOW_ACCOMP_EXTERNAL }, { "external", WORKFLOW_ACCOMP_EXTERNAL },
	};
	char s[TYPED_MAX];

	if (trimmed(typed, s))
		for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
			if (same_word(s, words[i].word)) {
				*out = words[i].level;
				return CS_OK;
			}
	return cs_error_set(err, CS_ERR_DATA,
	                    _("\"%s\" is not an accompaniment level: aucun, interne or externe"),
	                    typed ? typed : "");
}

enum cs_status parse_recommendation(const char *typed, const char **out,
                                    struct cs_error *err)
{
	static const struct { const char *word, *slug; } words[] = {
		{ "generaliser", "generaliser" }, { "generalize", "generaliser" },
		{ "generalise", "generaliser" },
		{ "poursuivre", "poursuivre" }, { "continuer", "poursuivre" },
		{ "continue", "poursuivre" },
		{ "arreter", "arreter" }, { "stop", "arreter" },
	};
	char s[TYPED_MAX];

	if (trimmed(typed, s))
		for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
			if (same_word(s, words[i].word)) {
				*out = words[i].slug;
				return CS_OK;
			}
	return cs_error_set(err, CS_ERR_DATA,
	                    _("\"%s\" is not a recommendation: généraliser, poursuivre or "
	                      "arrêter"), typed ? typed : "");
}

void parse_format_decimal(double v, char *buf, size_t size)
{
	long thousandths = lround(fabs(v) * 1000.0);
	long whole = thousandths / 1000, frac = thousandths % 1000;
	int decimals = 3;

	while (decimals > 0 && frac != 0 && frac % 10 == 0) {
		frac /= 10;
		decimals--;
	}
	if (frac == 0)
		snprintf(buf, size, "%s%ld", v < 0 && thousandths ? "-" : "", whole);
	else
		snprintf(buf, size, "%s%ld,%0*ld", v < 0 ? "-" : "", whole, decimals, frac);
}
