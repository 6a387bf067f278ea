#pragma once

#include "connectors/resumesupport.h"

#include "connectors/result.h"
#include "connectors/xlsx/xlsxsheetlayout.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace miq {

// Where a sheet stream continues, as a small QDataStream blob: magic and format version, the
// stream's identity (file stamp, sheet, settings), the layout the first run settled on (header row,
// columns), then the position: the last sheet row handed out and the records before it.
//
// A zip entry can only be inflated from its start, so a resumed stream reads the sheet again from
// the top and skips the rows up to the position without converting them; what it saves is the work
// downstream, and the first run's layout is kept as it was.
struct XlsxResumeToken
{
    Q_DECLARE_TR_FUNCTIONS(miq::XlsxResumeToken)

public:
    static constexpr quint32 magic = 0x4d495158; // "MIQX"
    static constexpr quint8 formatVersion = 1;

    FileStamp file;
    QString sheet;
    XlsxHeaderMode header = XlsxHeaderMode::Auto;
    bool fillMerged = false;
    XlsxLayout layout;
    qint64 lastRow = 0;      // the last sheet row consumed (a row or a bad record)
    qint64 recordNumber = 0; // data records before the next one

    // Everything but the position, which changes per batch.
    QByteArray encodePrefix() const;
    static QByteArray encode(const QByteArray &prefix, qint64 lastRow, qint64 recordNumber);
    // `describedSheet` names the sheet, file and source in messages.
    static Result<XlsxResumeToken> decode(const QByteArray &bytes, const QString &describedSheet);
};

} // namespace miq
