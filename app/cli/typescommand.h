#pragma once

#include "connectors/connectorspec.h"

#include <QJsonObject>
#include <QString>

namespace miq {

// Stable, untranslated names of field kinds, as `types` prints them and --json carries them.
QString fieldKindName(ConfigField::Kind kind);
// A field's default value as text ("" when it has none).
QString fieldDefaultText(const ConfigField &field);
QJsonObject fieldJson(const ConfigField &field);

} // namespace miq
