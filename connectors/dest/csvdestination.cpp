#include "connectors/dest/csvdestination.h"

#include "connectors/dest/canonicaltext.h"
#include "connectors/dest/filereadback.h"

#include <QDir>

#include <charconv>

using namespace Qt::StringLiterals;

namespace miq {

namespace {

constexpr int maxRawBytes = 4096;

void appendCsvField(std::string &out, std::string_view text)
{
    // An empty value is quoted so that it reads back as "" and not as null.
    if (!text.empty() && text.find_first_of(",\"\r\n") == std::string_view::npos) {
        out.append(text);
        return;
    }
    out.push_back('"');
    for (std::size_t start = 0;;) {
        const std::size_t quote = text.find('"', start);
        if (quote == std::string_view::npos) {
            out.append(text.substr(start));
            break;
        }
        out.append(text.substr(start, quote + 1 - start));
        out.push_back('"');
        start = quote + 1;
    }
    out.push_back('"');
}

std::string headerLine(const TargetSpec &spec)
{
    std::string line;
    for (qsizetype c = 0; c < spec.columns.size(); ++c) {
        if (c > 0)
            line.push_back(',');
        appendCsvField(line, spec.columns[c].name.toStdString());
    }
    return line;
}

QString joinNames(const QStringList &names)
{
    return names.join(u", "_s);
}

// RFC 4180 records of a file: quoted fields may hold commas, doubled quotes and line breaks;
// LF and CRLF both end records. The first record is the header.
class CsvReadBack final : public FileReadBack
{
    Q_DECLARE_TR_FUNCTIONS(CsvReadBack)

public:
    CsvReadBack(QString path, const TargetSpec &spec, const ReadOptions &options)
        : FileReadBack(std::move(path), spec, options)
    {}

    // Opens the file and reads the header into `names` (empty for an empty file).
    Status openWithHeader(QStringList &names)
    {
        if (Status opened = open(); !opened)
            return opened;
        if (readFields()) {
            for (const Span &span : m_spans)
                names.append(QString::fromUtf8(m_record.data() + span.start, qsizetype(span.size)));
        }
        if (!readError().isEmpty())
            return Error(tr("Cannot read '%1': %2").arg(QDir::toNativeSeparators(path()), readError()));
        return {};
    }

protected:
    Result<Record> readRecord() override
    {
        if (!readFields())
            return Record::End;
        const int columns = int(spec().columns.size());
        badRecord().line = m_line;
        if (!m_problem.isEmpty() || int(m_spans.size()) != columns) {
            badRecord().reason =
                !m_problem.isEmpty()
                    ? m_problem
                    : tr("%n field(s) instead of %1", nullptr, int(m_spans.size())).arg(columns);
            badRecord().raw = rawRecord();
            return Record::Bad;
        }
        for (int c = 0; c < columns; ++c) {
            const Span &span = m_spans[std::size_t(c)];
            if (span.size == 0 && !span.quoted)
                continue; // null
            if (!parseInto(c, std::string_view(m_record.data() + span.start, span.size))) {
                badRecord().raw = rawRecord();
                return Record::Bad;
            }
        }
        return Record::Row;
    }

private:
    struct Span
    {
        std::size_t start = 0;
        std::size_t size = 0;
        bool quoted = false;
    };

    // Unescapes one record into m_record/m_spans; false at the end of the file.
    bool readFields()
    {
        m_record.clear();
        m_spans.clear();
        m_problem.clear();
        int c = getByte();
        if (c < 0)
            return false;
        m_line = m_nextLine;
        enum class State { FieldStart, Plain, Quoted, AfterQuote } state = State::FieldStart;
        Span span;
        const auto endField = [&] {
            span.size = m_record.size() - span.start;
            m_spans.push_back(span);
            span = Span{m_record.size(), 0, false};
        };
        const auto endRecord = [&](int byte) {
            if (byte == '\r' && peekByte() == '\n')
                getByte();
            ++m_nextLine;
            endField();
        };
        for (;; c = getByte()) {
            if (c < 0) {
                if (state == State::Quoted)
                    m_problem = tr("a quoted field is not closed before the end of the file");
                endField();
                return true;
            }
            switch (state) {
            case State::FieldStart:
                if (c == '"') {
                    span.quoted = true;
                    state = State::Quoted;
                    continue;
                }
                state = State::Plain;
                [[fallthrough]];
            case State::Plain:
                if (c == ',') {
                    endField();
                    state = State::FieldStart;
                } else if (c == '\n' || c == '\r') {
                    endRecord(c);
                    return true;
                } else {
                    if (c == '"' && m_problem.isEmpty())
                        m_problem = tr("a quote inside an unquoted field");
                    m_record.push_back(char(c));
                }
                continue;
            case State::Quoted:
                if (c == '"') {
                    state = State::AfterQuote;
                } else {
                    if (c == '\n')
                        ++m_nextLine;
                    m_record.push_back(char(c));
                }
                continue;
            case State::AfterQuote:
                if (c == '"') {
                    m_record.push_back('"');
                    state = State::Quoted;
                } else if (c == ',') {
                    endField();
                    state = State::FieldStart;
                } else if (c == '\n' || c == '\r') {
                    endRecord(c);
                    return true;
                } else {
                    if (m_problem.isEmpty())
                        m_problem = tr("text after the closing quote of a field");
                    m_record.push_back(char(c));
                    state = State::Plain;
                }
                continue;
            }
        }
    }

    QByteArray rawRecord() const
    {
        QByteArray raw;
        for (std::size_t i = 0; i < m_spans.size() && raw.size() < maxRawBytes; ++i) {
            if (i > 0)
                raw.append(',');
            raw.append(m_record.data() + m_spans[i].start, qsizetype(m_spans[i].size));
        }
        return raw.left(maxRawBytes);
    }

    std::string m_record;
    std::vector<Span> m_spans;
    QString m_problem;
    qint64 m_line = 1;
    qint64 m_nextLine = 1;
};

} // namespace

CsvDestination::CsvDestination(QString path)
    : FileDestination(std::move(path))
{}

QString CsvDestination::formatName() const
{
    return u"CSV"_s;
}

QString CsvDestination::ddl(const TargetSpec &spec) const
{
    return QString::fromStdString(headerLine(spec));
}

void CsvDestination::appendPreamble(std::string &out) const
{
    out += headerLine(spec());
    out.push_back('\n');
}

Status CsvDestination::checkAppendable() const
{
    CsvReadBack reader(path(), spec(), ReadOptions());
    QStringList header;
    if (Status opened = reader.openWithHeader(header); !opened)
        return opened;
    QStringList expected;
    for (const TargetColumn &column : spec().columns)
        expected.append(column.name);
    if (header == expected)
        return {};
    const auto mismatch = [&](const QString &detail) {
        return Error(tr("Cannot append to '%1': its header row does not match the target columns (%2). "
                        "File columns: %3. Target columns: %4.")
                         .arg(targetName(), detail, joinNames(header), joinNames(expected)));
    };
    for (qsizetype i = 0; i < std::min(header.size(), expected.size()); ++i) {
        if (header[i] != expected[i])
            return mismatch(tr("column %1 is '%2' in the file but '%3' in the target")
                                .arg(i + 1)
                                .arg(header[i], expected[i]));
    }
    return mismatch(tr("the file has %1 columns, the target %2").arg(header.size()).arg(expected.size()));
}

Status CsvDestination::appendRows(const RecordBatch &batch, std::string &out)
{
    const std::size_t columnCount = batch.columns.size();
    char buffer[canonical::maxTimestampChars];
    for (std::int64_t r = 0; r < batch.rowCount; ++r) {
        for (std::size_t c = 0; c < columnCount; ++c) {
            if (c > 0)
                out.push_back(',');
            const Column &column = batch.columns[c];
            if (column.isNull(r))
                continue;
            char *end = buffer;
            switch (column.type()) {
            case ColumnType::String:
            case ColumnType::Decimal: appendCsvField(out, column.text(r)); continue;
            case ColumnType::Bytes:
                if (column.text(r).empty())
                    out.append("\"\"");
                else
                    canonical::appendBase64(out, column.text(r));
                continue;
            case ColumnType::Int64:
                end = std::to_chars(buffer, buffer + sizeof buffer, column.intValue(r)).ptr;
                break;
            case ColumnType::Double: end = canonical::formatDouble(buffer, column.doubleValue(r)); break;
            case ColumnType::Bool: out.append(column.intValue(r) ? "true" : "false"); continue;
            case ColumnType::Date: end = canonical::formatDate(buffer, column.intValue(r)); break;
            case ColumnType::Timestamp:
                end = canonical::formatTimestamp(buffer, column.intValue(r), 'T', true);
                break;
            }
            if (!end)
                return writeError(tr("record %1, column '%2': the value is out of range.")
                                      .arg(batch.recordNumber(r) + 1)
                                      .arg(spec().columns[qsizetype(c)].name));
            out.append(buffer, std::size_t(end - buffer));
        }
        out.push_back('\n');
    }
    return {};
}

Result<std::unique_ptr<StreamReader>> CsvDestination::readBack(const ReadOptions &options)
{
    if (Status readable = checkReadable(); !readable)
        return Error(readable.error());
    if (!options.resumeFrom.isEmpty())
        return Error(tr("Reading '%1' back cannot resume from a position.").arg(targetName()));
    auto reader = std::make_unique<CsvReadBack>(path(), spec(), options);
    QStringList header;
    if (Status opened = reader->openWithHeader(header); !opened)
        return Error(opened.error());
    QStringList expected;
    for (const TargetColumn &column : spec().columns)
        expected.append(column.name);
    if (header != expected)
        return Error(tr("Cannot read '%1' back: its header row (%2) is not the target's columns (%3).")
                         .arg(targetName(), joinNames(header), joinNames(expected)));
    return std::unique_ptr<StreamReader>(std::move(reader));
}

} // namespace miq
