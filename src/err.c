/* err.c — filling struct cs_error and mapping statuses to sysexits codes. */
#include <stdio.h>
#include <errno.h>
#include <string.h>

#include "i18n.h"

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

const char *cs_strerror(int errnum)
{
	switch (errnum) {
	case ENOENT:  return _("no such file or directory");
	case EACCES:  return _("permission denied");
	case EPERM:   return _("operation not permitted");
	case EROFS:   return _("read-only file system");
	case ENOSPC:  return _("no space left on the device");
	case EISDIR:  return _("is a directory");
	case ENOTDIR: return _("a component of the path is not a directory");
	case EEXIST:  return _("the file already exists");
	case EIO:     return _("input/output error");
	case EFBIG:   return _("file too large");
	default:      return strerror(errnum);
	}
}
