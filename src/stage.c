/* stage.c — names, labels and order of the démarche's stages. */
#include <string.h>

#include "i18n.h"
#include "stage.h"

/* TRANSLATORS: the second label of each stage is its short form, shown in
 * narrow columns: it must fit in 10 columns. */
static const struct {
	const char *slug;
	const char *label;
	const char *short_label;
} stages[STAGE_COUNT] = {
	[STAGE_DEPOSEE]         = { "deposee",         N_("Submitted"),            N_("New") },
	[STAGE_CONTACT]         = { "contact",         N_("First contact"),        N_("Contact") },
	[STAGE_COMITE]          = { "comite",          N_("In committee"),         N_("Committee") },
	[STAGE_ETUDE]           = { "etude",           N_("Prior study"),          N_("Study") },
	[STAGE_CONSTRUCTION]    = { "construction",    N_("Under construction"),   N_("Building") },
	[STAGE_EXPERIMENTATION] = { "experimentation", N_("Under experimentation"), N_("Trial") },
	[STAGE_GENERALISEE]     = { "generalisee",     N_("Generalised"),          N_("Adopted") },
	[STAGE_TRANSMISE]       = { "transmise",       N_("Handed to a direction"), N_("Handed on") },
	[STAGE_NON_RETENUE]     = { "non-retenue",     N_("Not retained"),         N_("Rejected") },
	[STAGE_ARRETEE]         = { "arretee",         N_("Stopped"),              N_("Halted") },
	[STAGE_RETIREE]         = { "retiree",         N_("Withdrawn"),            N_("Pulled") },
};

const char *stage_slug(enum cs_stage s)
{
	return (unsigned)s < STAGE_COUNT ? stages[s].slug : "?";
}

const char *stage_label(enum cs_stage s)
{
	return (unsigned)s < STAGE_COUNT ? _(stages[s].label) : "?";
}

const char *stage_short_label(enum cs_stage s)
{
	return (unsigned)s < STAGE_COUNT ? _(stages[s].short_label) : "?";
}

bool stage_from_slug(const char *slug, enum cs_stage *out)
{
	for (int i = 0; i < STAGE_COUNT; i++) {
		if (strcmp(slug, stages[i].slug) == 0) {
			*out = (enum cs_stage)i;
			return true;
		}
	}
	return false;
}

bool stage_is_closed(enum cs_stage s)
{
	return s >= STAGE_GENERALISEE;
}
