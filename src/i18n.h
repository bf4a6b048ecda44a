/* i18n.h — gettext shorthands used by every module (English msgids,
 * French in po/fr.po). */
#ifndef CS_I18N_H
#define CS_I18N_H

#include <libintl.h>

#define _(s) gettext(s)
#define N_(s) (s)
#define P_(sing, plur, n) ngettext((sing), (plur), (n))

#endif
