#pragma once

#include "connectors/resumesupport.h"

#include "connectors/csv/csvdialect.h"
#include "connectors/csv/csvsniffer.h"
#include "connectors/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace miq {

// What a file looked like when a stream was opened. A resume position is a byte offset, so it is
// only meaningful in the very same bytes: any change of size or modification time invalidates it.
using CsvFileStamp = FileStamp;

// Where a delimited-text stream continues: the start of the next record, as a raw byte offset in
// one of its files, with everything that reading from the start would have established by then
// (the sniffed dialect, the header, line and record numbers), so that a resumed reader neither
// sniffs again from another place nor numbers its bad records differently.
//
// Serialized as a small QDataStream blob: magic, format version, then the fields below.
struct CsvResumeToken
{
    Q_DECLARE_TR_FUNCTIONS(CsvResumeToken)

public:
    static constexpr quint32 magic = 0x4d495143; // "MIQC"
    static constexpr quint8 formatVersion = 1;

    // The stream's identity: the settings it was read with and its files as they were.
    CsvSniffOverrides overrides;
    QByteArray configEncoding; // empty = detected per file
    QList<CsvFileStamp> files;
    // What the first file established.
    CsvDialect dialect;
    QStringList header; // the first file's header as written (empty without a header row)
    qint64 columnCount = 0;
    // The position.
    qint32 fileIndex = 0;
    QByteArray fileEncoding; // the current file's encoding, detected when it was opened
    qint64 offset = 0;       // raw bytes from the start of the file (byte order mark included)
    bool splitLineFeed = false; // the byte at `offset` is the LF of a CR LF that ended a record
    qint64 line = 1;            // 1-based line of the next record in its file
    qint64 recordNumber = 0;    // data records (rows and bad records) before it in the stream

    // The same stream at `offset`, the start of a record right after a line end, numbered as
    // a piece of its own (record 0 on line 1): where a part or chunk of a file read in pieces
    // begins.
    CsvResumeToken pieceAt(qint64 at) const
    {
        CsvResumeToken piece = *this;
        piece.offset = at;
        piece.splitLineFeed = false;
        piece.line = 1;
        piece.recordNumber = 0;
        return piece;
    }

    QByteArray encode() const;
    // Fails with a message naming `sourceName` when the bytes are not a token of this format.
    static Result<CsvResumeToken> decode(const QByteArray &bytes, const QString &sourceName);
};

} // namespace miq
