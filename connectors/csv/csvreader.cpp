#include "connectors/csv/csvreader.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <cstring>
#include <limits>

namespace miq {

// Header names as columns: blanks become "column_N", repeats get "_2", "_3"...
Schema CsvReader::schemaFromNames(const QStringList &names)
{
    Schema schema;
    QSet<QString> used;
    for (qsizetype i = 0; i < names.size(); ++i) {
        QString base = names.at(i).trimmed();
        if (base.isEmpty())
            base = QStringLiteral("column_%1").arg(i + 1);
        QString name = base;
        for (int n = 2; used.contains(name); ++n)
            name = base + QLatin1Char('_') + QString::number(n);
        used.insert(name);
        schema.push_back({name, ColumnType::String});
    }
    return schema;
}

CsvReader::CsvReader(CsvReadConfig config, const ReadOptions &options)
    : m_config(std::move(config))
    , m_options(options)
{
    m_options.batchRows = std::max(1, m_options.batchRows);
    m_config.chunkSize = std::max<qsizetype>(1, m_config.chunkSize);
    for (const QString &file : std::as_const(m_config.files)) {
        m_stamps.append(CsvFileStamp::of(file));
        m_totalBytes += std::max<qint64>(0, m_stamps.constLast().size);
    }
}

Result<std::unique_ptr<CsvReader>> CsvReader::open(CsvReadConfig config, const ReadOptions &options)
{
    std::unique_ptr<CsvReader> reader(new CsvReader(std::move(config), options));
    if (reader->m_config.files.isEmpty())
        return Error(tr("Source '%1' has no files to read.").arg(reader->m_config.sourceName));
    const Status opened =
        options.resumeFrom.isEmpty() ? reader->openFile(0) : reader->resume(options.resumeFrom);
    if (!opened)
        return Error(opened.error());
    return reader;
}

QString CsvReader::displayName() const
{
    return QDir::toNativeSeparators(m_file.fileName());
}

Status CsvReader::startFile(int index)
{
    if (m_fileIndex >= 0)
        m_doneBytes += m_fileBytesRead;
    m_file.close();
    m_fileIndex = index;
    m_file.setFileName(m_config.files.at(index));
    m_fileName = QFileInfo(m_file.fileName()).fileName();
    m_fileBytesRead = 0;
    m_sample.clear();
    m_sampleOffset = 0;
    // Unbuffered: the chunks go straight into the parse buffer, not through QFile's own buffer.
    if (!m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return Error(tr("Cannot open '%1' in source '%2': %3")
                         .arg(displayName(), m_config.sourceName, m_file.errorString()));
    return {};
}

Status CsvReader::useEncoding(const QByteArray &encoding)
{
    m_fileEncoding = encoding;
    m_transcoder.reset();
    if (!CsvEncoding::isUtf8(m_fileEncoding)) {
        m_transcoder.emplace(m_fileEncoding);
        if (!m_transcoder->isValid())
            return Error(tr("Cannot read '%1' in source '%2': the encoding '%3' is not supported.")
                             .arg(displayName(), m_config.sourceName, QString::fromLatin1(m_fileEncoding)));
    }
    return {};
}

void CsvReader::resetParse(qint64 rawOffset, qint64 line)
{
    m_pos = m_end = 0;
    m_eof = false;
    m_line = line;
    m_rawBase = rawOffset;
    m_parser.reset();
}

Status CsvReader::openFile(int index)
{
    if (Status started = startFile(index); !started)
        return started;
    m_sample = m_file.read(sniffBytes);
    if (m_file.error() != QFileDevice::NoError)
        return Error(tr("Cannot read '%1' in source '%2': %3")
                         .arg(displayName(), m_config.sourceName, m_file.errorString()));
    const std::string_view sample(m_sample.constData(), std::size_t(m_sample.size()));
    if (m_config.encoding.isEmpty()) {
        const CsvEncoding::Detection detected = CsvEncoding::detect(sample, m_file.atEnd());
        m_fileEncoding = detected.name;
        m_sampleOffset = detected.bomLength;
    } else {
        m_fileEncoding = m_config.encoding;
        m_sampleOffset = CsvEncoding::bomLength(sample, m_fileEncoding);
    }
    m_fileBytesRead = m_sampleOffset;
    if (Status encoded = useEncoding(m_fileEncoding); !encoded)
        return encoded;
    resetParse(m_sampleOffset, 1);

    if (index == 0) {
        if (Status sniffed = sniff(); !sniffed)
            return sniffed;
    }
    return readHeader(index);
}

Status CsvReader::sniff()
{
    // 64 KiB says enough about almost every file; a sample without two complete records (a
    // giant first row) is widened, within reason.
    qsizetype window = sniffBytes;
    for (;;) {
        while (m_end - m_pos < window && !m_eof) {
            if (Status filled = fill(); !filled)
                return filled;
        }
        const qsizetype available = m_end - m_pos;
        const bool whole = m_eof && available <= window;
        const std::string_view sample(m_buffer.get() + m_pos, std::size_t(std::min(available, window)));
        m_sniff = CsvSniffer::sniff(sample, whole, m_config.overrides);
        if (m_sniff.records >= 2 || whole || window >= maxSniffBytes)
            break;
        window *= 4;
    }
    m_dialect = {m_sniff.delimiter, m_sniff.quote, m_sniff.header, m_fileEncoding};
    m_parser = CsvParser(m_dialect.delimiter, m_dialect.quote);
    return {};
}

Result<bool> CsvReader::firstRecord()
{
    for (;;) {
        switch (m_parser.next(m_buffer.get() + m_pos, m_end - m_pos, m_eof)) {
        case CsvParser::Status::NeedMore:
            if (Status filled = fill(); !filled)
                return Error(filled.error());
            break;
        case CsvParser::Status::End:
            return false;
        case CsvParser::Status::Record: {
            const CsvRecord &record = m_parser.record();
            if (!record.isBlank())
                return true;
            m_line += record.lineBreaks + (record.terminated ? 1 : 0);
            m_pos += record.length;
            break;
        }
        }
    }
}

Status CsvReader::readHeader(int index)
{
    const Result<bool> found = firstRecord();
    if (!found)
        return Error(found.error());
    if (!*found)
        return {}; // an empty file: no columns, no rows
    const CsvRecord &record = m_parser.record();
    const char *data = m_buffer.get() + m_pos;
    if (m_dialect.header) {
        const QStringList names = fieldTexts(record, data);
        m_line += record.lineBreaks + (record.terminated ? 1 : 0);
        m_pos += record.length;
        if (index == 0) {
            m_header = names;
            m_columnCount = names.size();
            m_schema = std::make_shared<Schema>(schemaFromNames(names));
        } else if (names != m_header) {
            return Error(
                tr("'%1' in source '%2' does not have the same header as '%3' (%4 instead of %5); "
                   "the files of a folder or pattern are read as one table and must share their columns.")
                    .arg(displayName(), m_config.sourceName, QFileInfo(m_config.files.first()).fileName(),
                         names.join(QLatin1Char(m_dialect.delimiter)),
                         m_header.join(QLatin1Char(m_dialect.delimiter))));
        }
        return {};
    }
    if (index == 0) {
        // No header: the sniffed field count is more robust than the first row's, which may
        // itself be ragged; the first row only decides when the sample had no complete record.
        m_columnCount = m_sniff.records > 0 ? m_sniff.columnCount : qsizetype(record.fields.size());
        QStringList names;
        for (qsizetype i = 0; i < m_columnCount; ++i)
            names << QString();
        m_schema = std::make_shared<Schema>(schemaFromNames(names));
    }
    // Leave the first row unconsumed: next() parses it again as data.
    m_pos += record.begin;
    m_parser.reset();
    return {};
}

Status CsvReader::checkRemainingFiles()
{
    for (int i = m_fileIndex + 1; i < m_config.files.size(); ++i) {
        if (Status opened = openFile(i); !opened)
            return opened;
    }
    return {};
}

QStringList CsvReader::fieldTexts(const CsvRecord &record, const char *data)
{
    QStringList texts;
    for (const CsvField &field : record.fields) {
        const std::string_view text = m_parser.fieldText(data, field, m_scratch);
        texts << QString::fromUtf8(text.data(), qsizetype(text.size()));
    }
    return texts;
}

void CsvReader::reserve(qsizetype bytes)
{
    if (bytes <= m_capacity)
        return;
    const qsizetype capacity = std::max(bytes, 2 * m_capacity);
    std::unique_ptr<char[]> buffer(new char[std::size_t(capacity)]);
    if (m_end > m_pos)
        std::memcpy(buffer.get(), m_buffer.get() + m_pos, std::size_t(m_end - m_pos));
    m_end -= m_pos;
    m_pos = 0;
    m_buffer = std::move(buffer);
    m_capacity = capacity;
}

qint64 CsvReader::readRaw(char *destination, qsizetype size)
{
    qint64 n = 0;
    if (m_sampleOffset < m_sample.size()) {
        n = std::min(size, m_sample.size() - m_sampleOffset);
        std::memcpy(destination, m_sample.constData() + m_sampleOffset, std::size_t(n));
        m_sampleOffset += n;
    } else {
        n = m_file.read(destination, size);
        if (n < 0)
            return n;
    }
    m_fileBytesRead += n;
    return n;
}

Status CsvReader::fill()
{
    // Only the current, incomplete record is kept: move it to the front, then append a chunk.
    if (m_pos > 0) {
        if (m_transcoder && m_transcoder->mapsToRaw())
            m_rawBase += m_transcoder->rawLength(m_buffer.get(), m_pos);
        std::memmove(m_buffer.get(), m_buffer.get() + m_pos, std::size_t(m_end - m_pos));
        m_end -= m_pos;
        m_pos = 0;
    }
    if (m_end > maxRecordBytes)
        return Error(tr("The record at line %1 of '%2' in source '%3' is longer than %4 MiB; "
                        "is a quote left open?")
                         .arg(m_line)
                         .arg(displayName(), m_config.sourceName)
                         .arg(maxRecordBytes / (1024 * 1024)));
    const qsizetype chunk = m_config.chunkSize;
    qint64 n = 0;
    if (!m_transcoder) {
        reserve(m_end + chunk);
        n = readRaw(m_buffer.get() + m_end, chunk);
        if (n > 0)
            m_end += n;
    } else {
        m_raw.resize(std::size_t(chunk));
        n = readRaw(m_raw.data(), chunk);
        if (n >= 0) {
            reserve(m_end + CsvTranscoder::maxOutput(n));
            char *out = m_buffer.get() + m_end;
            out = n > 0 ? m_transcoder->convert(m_raw.data(), n, out) : m_transcoder->finish(out);
            m_end = out - m_buffer.get();
        }
    }
    if (n < 0)
        return Error(tr("Cannot read '%1' in source '%2': %3")
                         .arg(displayName(), m_config.sourceName, m_file.errorString()));
    m_eof = n == 0;
    return {};
}

Error CsvReader::cancelledError() const
{
    return Error(tr("Reading '%1' in source '%2' was cancelled.").arg(displayName(), m_config.sourceName));
}

Result<bool> CsvReader::next(RecordBatch &batch)
{
    if (batch.schema != m_schema) {
        batch.reset(m_schema);
        for (Column &column : batch.columns)
            column.reserve(m_options.batchRows);
    } else {
        batch.clearRows();
    }
    if (m_pendingError)
        return Error(*std::exchange(m_pendingError, std::nullopt));
    if (m_finished)
        return false;
    const qint64 left =
        m_options.limitRows < 0 ? std::numeric_limits<qint64>::max() : m_options.limitRows - m_rowsDelivered;
    const qint64 maxRows = std::min<qint64>(m_options.batchRows, left);
    if (maxRows <= 0) {
        m_finished = true;
        return false;
    }
    if (isCancelled())
        return cancelledError();

    std::optional<QString> error;
    qsizetype batchBytes = 0;
    // Bound the batch's memory too: a few rows of huge cells make a batch of their own.
    while (batch.rowCount < maxRows && batchBytes < maxBatchBytes) {
        if (m_stopAt >= 0 && !m_transcoder) {
            // Between records here: the offset is where the next one starts.
            if (const qint64 at = m_fileBytesRead - (m_end - m_pos); at >= m_stopAt) {
                m_finished = true;
                m_ranPastStop = at != m_stopAt;
                if (m_ranPastStop)
                    error = tr("Cannot read '%1' in source '%2' in parts: byte %3 lies inside a record.")
                                .arg(displayName(), m_config.sourceName)
                                .arg(m_stopAt);
                break;
            }
        }
        const CsvParser::Status status = m_parser.next(m_buffer.get() + m_pos, m_end - m_pos, m_eof);
        if (status == CsvParser::Status::NeedMore) {
            // Cancel is checked per chunk too, so that one huge record cannot delay it.
            if (Status filled = isCancelled() ? Status(cancelledError()) : fill(); !filled) {
                error = filled.error();
                break;
            }
            continue;
        }
        if (status == CsvParser::Status::End) {
            if (m_fileIndex + 1 >= m_config.files.size()) {
                // m_fileBytesRead stays: bytesRead() is already the total, and resumeToken()
                // needs it for the offset of the end.
                m_finished = true;
                break;
            }
            m_betweenFiles = position();
            if (Status opened = openFile(m_fileIndex + 1); !opened) {
                error = opened.error();
                break;
            }
            m_betweenFiles.reset();
            continue;
        }
        const CsvRecord &record = m_parser.record();
        const char *data = m_buffer.get() + m_pos;
        const qint64 line = m_line;
        m_line += record.lineBreaks + (record.terminated ? 1 : 0);
        if (!record.isBlank() && appendRecord(record, data, line, batch))
            batchBytes += record.end - record.begin;
        m_pos += record.length;
    }
    m_rowsDelivered += batch.rowCount;
    if (m_options.limitRows >= 0 && m_rowsDelivered >= m_options.limitRows)
        m_finished = true;
    if (error) {
        m_finished = true; // an error ends the stream
        if (batch.rowCount == 0)
            return Error(*error);
        m_pendingError = std::move(error); // deliver the rows read before it first
    }
    return batch.rowCount > 0 || !m_finished;
}

bool CsvReader::appendRecord(const CsvRecord &record, const char *data, qint64 line, RecordBatch &batch)
{
    if (record.unterminatedQuote) {
        quarantine(record, data, line, tr("unterminated quoted field: the closing quote is missing"));
        return false;
    }
    if (qsizetype(record.fields.size()) != m_columnCount) {
        quarantine(record, data, line,
                   tr("expected %1 fields, found %2").arg(m_columnCount).arg(record.fields.size()));
        return false;
    }
    const qsizetype invalid = invalidUtf8Offset(data + record.begin, record.end - record.begin);
    if (invalid >= 0) {
        const qsizetype at = record.begin + invalid;
        const auto field = std::find_if(record.fields.begin(), record.fields.end(),
                                        [at](const CsvField &f) { return at < f.end; });
        const QString column = field != record.fields.end()
                                   ? m_schema->at(std::size_t(field - record.fields.begin())).name
                                   : QString();
        quarantine(record, data, line,
                   CsvEncoding::isUtf8(m_fileEncoding)
                       ? tr("invalid UTF-8 byte sequence in column '%1'").arg(column)
                       : tr("bytes that are not valid %1 in column '%2'")
                             .arg(QString::fromLatin1(m_fileEncoding), column),
                   column);
        return false;
    }
    batch.noteRecord(m_recordNumber);
    ++m_recordNumber;
    for (std::size_t i = 0; i < record.fields.size(); ++i)
        batch.columns[i].appendText(m_parser.fieldText(data, record.fields[i], m_scratch));
    ++batch.rowCount;
    return true;
}

void CsvReader::quarantine(const CsvRecord &record, const char *data, qint64 line, QString reason,
                           QString column)
{
    BadRecord bad;
    bad.recordNumber = m_recordNumber++;
    bad.line = line;
    bad.location = m_fileName;
    bad.column = std::move(column);
    bad.reason = std::move(reason);
    bad.raw = QByteArray(data + record.begin, std::min(record.end - record.begin, maxBadRecordBytes));
    m_badRecords.append(std::move(bad));
}

QList<BadRecord> CsvReader::takeBadRecords()
{
    return std::exchange(m_badRecords, {});
}

std::optional<qint64> CsvReader::estimatedRows() const
{
    const qint64 headers = m_dialect.header && m_sniff.records > 0 ? 1 : 0;
    if (m_sniff.wholeInput && m_config.files.size() == 1)
        return m_sniff.records - headers;
    if (m_sniff.records == 0 || m_sniff.recordBytes == 0)
        return m_totalBytes == 0 ? std::optional<qint64>(0) : std::nullopt;
    // The sample is UTF-8; UTF-16 files take about twice its bytes on disk.
    const double rawPerByte = m_dialect.encoding.startsWith("UTF-16") ? 2.0 : 1.0;
    const double bytesPerRecord = rawPerByte * double(m_sniff.recordBytes) / double(m_sniff.records);
    return std::max<qint64>(0,
                            qint64(double(m_totalBytes) / bytesPerRecord) - headers * m_config.files.size());
}

} // namespace miq
