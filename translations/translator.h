#pragma once

#include <QString>

namespace miq {

// Installs MigrateIQ's and Qt's own translations for `language` ("de", "fr_FR"...), or for the
// system locale when `language` is empty. Returns the language actually loaded ("en" if none).
QString installTranslations(const QString &language);

} // namespace miq
