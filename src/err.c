/* err.c — filling struct cs_error and mapping statuses to sysexits codes. */
#include <stdio.h>
#include <string.h>

#include "err.h"

enum cs_status cs_error_set(struct cs_error *err, enum cs_status status,
                            const char *fmt, ...)
{
	va_list ap;

	if (err == NULL)
		return status;
	err->status = status;
	va_start(ap, fmt);
	vsnprintf(err->message, sizeof err->message, fmt, ap);
	va_end(ap);
	return status;
}

void cs_error_clear(struct cs_error *err)
{
	if (err == NULL)
		return;
	err->status = CS_OK;
	err->message[0] = '\0';
}

int cs_status_exit_code(enum cs_status status)
{
	switch (status) {
	case CS_OK:              return 0;
	case CS_ERR_USAGE:       return 64;
	case CS_ERR_DATA:        return 65;
	case CS_ERR_NOTFOUND:    return 65;
	case CS_ERR_NOINPUT:     return 66;
	case CS_ERR_UNAVAILABLE: return 69;
	case CS_ERR_INTERNAL:    return 70;
	case CS_ERR_CANTCREAT:   return 73;
	case CS_ERR_IO:          return 74;
	case CS_ERR_CORRUPT:     return 74;
	case CS_ERR_BUSY:        return 75;
	case CS_ERR_CONFLICT:    return 75;
	case CS_ERR_PERM:        return 77;
	case CS_ERR_CONFIG:      return 78;
	}
	return 70;
}
