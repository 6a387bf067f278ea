#include "connectors/json/jsonstreamreader.h"

#include <QFileInfo>

#include <algorithm>
#include <utility>

namespace miq {

namespace {

bool cancelled(const ReadOptions &options)
{
    return options.cancel && options.cancel->load(std::memory_order_relaxed);
}

bool sameScan(const JsonScanOptions &a, const JsonScanOptions &b)
{
    return a.layout == b.layout && a.recordsPath == b.recordsPath && a.flattenDepth == b.flattenDepth;
}

// Which layout a position belongs to: a token whose position does not fit is damaged.
bool fitsLayout(JsonScanPosition::State state, JsonLayout layout)
{
    switch (state) {
    case JsonScanPosition::State::Start: return true;
    case JsonScanPosition::State::InArray: return layout == JsonLayout::Array;
    case JsonScanPosition::State::Lines: return layout == JsonLayout::Lines;
    case JsonScanPosition::State::Objects: return layout == JsonLayout::Objects;
    }
    return false;
}

} // namespace

Result<std::unique_ptr<StreamReader>> JsonStreamReader::open(const QString &path, const QString &sourceName,
                                                             const JsonScanOptions &scan,
                                                             const ReadOptions &options)
{
    if (!options.resumeFrom.isEmpty())
        return resume(path, sourceName, scan, options);
    // Taken before the first pass: a change while reading must void the resume positions.
    const JsonFileStamp stamp = JsonFileStamp::of(path);

    // First pass: the columns. With a row limit only as far as needed, so a preview of the
    // first rows of a huge file stays quick.
    const qint64 schemaRecords = options.limitRows < 0 ? -1 : std::max(options.limitRows, SampleRecords);
    JsonColumns columns;
    {
        JsonRecordScanner scanner(path, sourceName, scan);
        if (const std::optional<QString> error = scanner.open())
            return Error(*error);
        qint64 records = 0;
        for (qint64 steps = 0;; ++steps) {
            if (schemaRecords >= 0 && records >= schemaRecords)
                break;
            if ((steps & 1023) == 0 && cancelled(options))
                return Error(tr("Reading %1 was cancelled.").arg(scanner.describeFile()));
            const JsonRecordScanner::Step step = scanner.next();
            if (step == JsonRecordScanner::Step::Record) {
                columns.add(scanner.record());
                ++records;
            } else if (step == JsonRecordScanner::Step::End || step == JsonRecordScanner::Step::Error) {
                // A syntax error is reported by the second pass, after the records before it.
                break;
            }
        }
    }

    auto scanner = std::make_unique<JsonRecordScanner>(path, sourceName, scan);
    if (const std::optional<QString> error = scanner->open())
        return Error(*error);
    return std::unique_ptr<StreamReader>(new JsonStreamReader(std::move(scanner), std::move(columns), options,
                                                              QFileInfo(path).fileName(), stamp, scan));
}

Result<std::unique_ptr<StreamReader>> JsonStreamReader::resume(const QString &path, const QString &sourceName,
                                                               const JsonScanOptions &scan,
                                                               const ReadOptions &options)
{
    auto scanner = std::make_unique<JsonRecordScanner>(path, sourceName, scan);
    const QString file = scanner->describeFile();
    Result<JsonResumeToken> decoded = JsonResumeToken::decode(options.resumeFrom, file);
    if (!decoded)
        return Error(decoded.error());
    const JsonResumeToken &token = *decoded;
    if (token.file.path != path || !sameScan(token.scan, scan))
        return Error(tr("The settings of %1 have changed since the interrupted run; start over with --full.")
                         .arg(file));
    const JsonFileStamp stamp = JsonFileStamp::of(path);
    if (token.file != stamp)
        return Error(tr("%1 has changed since the interrupted run; start over with --full.").arg(file));
    if (!fitsLayout(token.position.state, scan.layout))
        return Error(tr("The saved position of %1 is damaged; start over with --full.").arg(file));

    // The first run's columns, in its order: the same schema without a pass over the file.
    JsonColumns columns;
    for (const std::string &name : token.columns)
        columns.addName(name);
    if (const std::optional<QString> error = scanner->open())
        return Error(*error);
    if (!scanner->resumeAt(token.position))
        return Error(tr("Cannot continue reading %1 at the saved position; start over with --full.").arg(file));
    auto reader = std::unique_ptr<JsonStreamReader>(new JsonStreamReader(
        std::move(scanner), std::move(columns), options, QFileInfo(path).fileName(), stamp, scan));
    reader->m_position = token.position;
    return std::unique_ptr<StreamReader>(std::move(reader));
}

JsonStreamReader::JsonStreamReader(std::unique_ptr<JsonRecordScanner> scanner, JsonColumns columns,
                                   const ReadOptions &options, QString location, const JsonFileStamp &stamp,
                                   const JsonScanOptions &scan)
    : m_scanner(std::move(scanner))
    , m_columns(std::move(columns))
    , m_schema(m_columns.schema())
    , m_options(options)
    , m_location(std::move(location))
    , m_slots(std::size_t(m_columns.count()), nullptr)
{
    m_position = m_scanner->position();
    if (m_position) {
        JsonResumeToken identity;
        identity.file = stamp;
        identity.scan = scan;
        identity.columns = m_columns.names();
        m_tokenPrefix = identity.encodePrefix();
    }
}

QByteArray JsonStreamReader::resumeToken() const
{
    if (m_tokenPrefix.isEmpty() || !m_position)
        return {};
    return JsonResumeToken::encode(m_tokenPrefix, *m_position);
}

void JsonStreamReader::notePosition()
{
    if (!m_tokenPrefix.isEmpty())
        m_position = m_scanner->position();
}

Result<bool> JsonStreamReader::next(RecordBatch &batch)
{
    if (batch.schema != m_schema)
        batch.reset(m_schema);
    else
        batch.clearRows();
    batch.firstRecord = m_scanner->recordNumber() + 1;

    if (m_pendingError) {
        const QString error = *m_pendingError;
        m_pendingError.reset();
        return Error(error);
    }
    if (m_done)
        return false;
    if (cancelled(m_options))
        return Error(tr("Reading %1 was cancelled.").arg(m_scanner->describeFile()));

    const int batchRows = std::max(1, m_options.batchRows);
    // Bad records count towards the batch too, so that a file of nothing but bad records is
    // handed over in bounded portions instead of being collected whole.
    const qsizetype badBefore = m_badRecords.size();
    while (batch.rowCount < batchRows && m_badRecords.size() - badBefore < batchRows && !m_done) {
        if (limitReached()) {
            m_done = true;
            break;
        }
        switch (m_scanner->next()) {
        case JsonRecordScanner::Step::Record:
            if (appendRecord(batch))
                ++m_rowsProduced;
            notePosition();
            break;
        case JsonRecordScanner::Step::BadRecord:
            addBadRecord(m_scanner->badReason());
            notePosition();
            break;
        case JsonRecordScanner::Step::End:
            m_done = true;
            break;
        case JsonRecordScanner::Step::Error:
            m_done = true;
            // The rows before the error are good: hand them out, then the error.
            if (batch.rowCount == 0)
                return Error(m_scanner->errorMessage());
            m_pendingError = m_scanner->errorMessage();
            break;
        }
    }
    // An empty batch that is not the end: only bad records this time.
    return batch.rowCount > 0 || !m_done;
}

bool JsonStreamReader::appendRecord(RecordBatch &batch)
{
    const FlatRecord &record = m_scanner->record();
    m_fieldColumns.resize(record.count);
    for (std::size_t i = 0; i < record.count; ++i) {
        const int column = m_columns.indexOf(record.fields[i].key, i);
        if (column < 0) {
            // Only possible beyond MaxColumns: the first pass saw every key of the rows read.
            const QString key = QString::fromStdString(record.fields[i].key);
            addBadRecord(tr("unexpected field '%1': the file has more than %2 distinct fields "
                            "(a lower flatten depth keeps nested objects as text)")
                             .arg(key, QString::number(JsonColumns::MaxColumns)),
                         key);
            return false;
        }
        m_fieldColumns[i] = column;
    }
    // A key repeated within one record: the last value wins, as in most JSON parsers.
    for (std::size_t i = 0; i < record.count; ++i)
        m_slots[std::size_t(m_fieldColumns[i])] = &record.fields[i];
    for (std::size_t c = 0; c < m_slots.size(); ++c) {
        const JsonField *field = m_slots[c];
        if (!field || field->type == JsonType::Null)
            batch.columns[c].appendNull();
        else
            batch.columns[c].appendText(field->text);
        m_slots[c] = nullptr;
    }
    batch.noteRecord(m_scanner->recordNumber());
    ++batch.rowCount;
    return true;
}

void JsonStreamReader::addBadRecord(const QString &reason, const QString &column)
{
    BadRecord bad;
    bad.recordNumber = m_scanner->recordNumber();
    bad.line = m_scanner->recordLine();
    bad.location = m_location;
    bad.column = column;
    bad.reason = reason;
    bad.raw = m_scanner->raw();
    m_badRecords.append(bad);
}

QList<BadRecord> JsonStreamReader::takeBadRecords()
{
    return std::exchange(m_badRecords, {});
}

} // namespace miq
