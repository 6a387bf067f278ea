#pragma once

#include <QIcon>
#include <QString>

namespace miq {

// Icons drawn at run time, so they scale to any DPI and need no image plugin.
QIcon connectorIcon(const QString &typeId);
QIcon statusIcon(int sourceStatus); // SourceRecord::Status as int

} // namespace miq
