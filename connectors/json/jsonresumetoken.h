#pragma once

#include "connectors/resumesupport.h"

#include "connectors/json/jsonscanner.h"
#include "connectors/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <string>
#include <vector>

namespace miq {

// What the file looked like when the stream was opened. A resume position is a byte offset, so it
// is only meaningful in the very same bytes: any change of size or modification time voids it.
using JsonFileStamp = FileStamp;

// Where a JSON stream continues, as a small QDataStream blob: magic and format version, the
// stream's identity (file stamp and scan options), its columns in order, then the scanner
// position. The columns are kept so that a resumed stream has exactly the first run's schema
// without reading the whole file again for its keys.
struct JsonResumeToken
{
    Q_DECLARE_TR_FUNCTIONS(miq::JsonResumeToken)

public:
    static constexpr quint32 magic = 0x4d49514a; // "MIQJ"
    static constexpr quint8 formatVersion = 1;

    JsonFileStamp file;
    JsonScanOptions scan;
    std::vector<std::string> columns;
    JsonScanPosition position;

    // Everything but the position: it stays the same for the whole stream, so a reader encodes
    // it once and appends the position per batch.
    QByteArray encodePrefix() const;
    static QByteArray encode(const QByteArray &prefix, const JsonScanPosition &position);
    // `describedFile` names the file and source in messages ("'a.json' (source 'A')").
    static Result<JsonResumeToken> decode(const QByteArray &bytes, const QString &describedFile);
};

} // namespace miq
