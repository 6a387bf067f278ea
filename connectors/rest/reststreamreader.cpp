#include "connectors/rest/reststreamreader.h"

#include "connectors/rest/restresumetoken.h"

#include <algorithm>
#include <utility>

namespace miq {

namespace {

void appendJsonString(std::string &out, std::string_view text)
{
    out.push_back('"');
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        default:
            if (c < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out.append("\\u00");
                out.push_back(hex[c >> 4]);
                out.push_back(hex[c & 15]);
            } else {
                out.push_back(ch);
            }
        }
    }
    out.push_back('"');
}

} // namespace

RestStreamReader::RestStreamReader(const RestSettings &settings, const ReadOptions &options)
    : m_client(settings, options.cancel)
    , m_options(options)
{
}

Result<std::unique_ptr<RestStreamReader>> RestStreamReader::open(const RestSettings &settings,
                                                                 const ReadOptions &options)
{
    std::unique_ptr<RestStreamReader> reader(new RestStreamReader(settings, options));
    if (!options.resumeFrom.isEmpty()) {
        const QString source = settings.describeSource();
        Result<RestResumeToken> token = RestResumeToken::decode(options.resumeFrom, source);
        if (!token)
            return Error(token.error());
        if (token->fingerprint != settings.fingerprint())
            return Error(tr("The settings of %1 have changed since the interrupted run; start over with --full.")
                             .arg(source));
        // The first run's columns, in its order: the same schema without asking for page 1 again.
        for (const std::string &name : token->columns)
            reader->m_columns.addName(name);
        if (!token->finished)
            reader->m_next = token->position;
    } else {
        if (Status s = reader->loadPage(RestPaginator::first(settings), &reader->m_columns); !s)
            return Error(s.error());
        // loadPage() has read the first page once for its columns; its records are still ahead.
        reader->m_firstPage.records = reader->m_page ? reader->m_page->count : 0;
        reader->m_firstPage.more = reader->m_page
            ? RestPaginator::advance(settings, reader->m_page->position, reader->m_page->links, reader->m_page->count)
                  .has_value()
            : false;
    }
    reader->buildSchema();
    return reader;
}

void RestStreamReader::buildSchema()
{
    auto schema = std::make_shared<Schema>(*m_columns.schema());
    schema->push_back({extraColumnName(), ColumnType::String});
    m_schema = std::move(schema);
    m_slots.assign(std::size_t(m_columns.count()), nullptr);
    RestResumeToken identity;
    identity.fingerprint = m_client.settings().fingerprint();
    identity.columns = m_columns.names();
    m_tokenPrefix = identity.encodePrefix();
}

QList<ColumnInfo> RestStreamReader::columnInfos() const
{
    QList<ColumnInfo> infos = m_columns.columnInfos();
    ColumnInfo extra;
    extra.name = extraColumnName();
    extra.nativeType = jsonTypeName(JsonType::Object);
    infos.append(extra);
    return infos;
}

QString RestStreamReader::describeFirstRequest() const
{
    const RestPosition first = RestPaginator::first(m_client.settings());
    return m_client.describeRequest(m_client.settings().method, RestPaginator::urlFor(m_client.settings(), first),
                                    RestPaginator::pageName(first));
}

Status RestStreamReader::loadPage(const RestPosition &position, JsonColumns *columns)
{
    const RestSettings &settings = m_client.settings();
    const QUrl url = RestPaginator::urlFor(settings, position);
    const QString what = RestPaginator::pageName(position);
    Result<RestResponse> response = m_client.fetch(url, what);
    if (!response)
        return Error(response.error());
    m_bytesRead += response->body.size();
    if (position.page == 0)
        m_firstPage.status = response->status;
    const auto failure = [&](const QString &cause) {
        return Error(m_client.scrub(tr("Cannot read records from %1: %2.")
                                        .arg(m_client.describeRequest(settings.method, url, what), cause)));
    };

    // A first pass counts the records (and learns the columns from the first page), so that a
    // broken page fails as a whole before any of its rows are handed out, and the end of a page
    // is known as soon as its last record is: the resume position is then the next page's.
    Page page;
    page.position = position;
    page.url = url;
    {
        RestPage counter(response->body, response->contentType, settings.recordsPath, settings.flattenDepth);
        for (bool more = true; more;) {
            switch (counter.next()) {
            case RestPage::Step::Record:
                if (columns)
                    columns->add(counter.record());
                ++page.count;
                break;
            case RestPage::Step::BadRecord:
                ++page.count;
                if (position.page == 0)
                    ++m_firstPage.badRecords;
                break;
            case RestPage::Step::End: more = false; break;
            case RestPage::Step::Error: return failure(counter.errorCause());
            }
        }
    }
    Result<RestPageLinks> links = RestPaginator::links(settings, position, *response);
    if (!links)
        return failure(links.error());
    page.links = *links;
    page.records = std::make_unique<RestPage>(response->body, response->contentType, settings.recordsPath,
                                              settings.flattenDepth);
    // A resume inside this page: its first records were handed out by the interrupted run.
    while (page.consumed < std::min(position.skip, page.count)) {
        (void)page.records->next();
        ++page.consumed;
    }
    m_page = std::move(page);
    if (m_page->consumed >= m_page->count)
        finishPage();
    return {};
}

void RestStreamReader::finishPage()
{
    m_next = RestPaginator::advance(m_client.settings(), m_page->position, m_page->links, m_page->count);
    m_page.reset();
}

qint64 RestStreamReader::nextRecordNumber() const
{
    if (m_page)
        return m_page->position.recordNumber + m_page->consumed;
    return m_next ? m_next->recordNumber : 0;
}

QByteArray RestStreamReader::resumeToken() const
{
    if (m_page) {
        RestPosition at = m_page->position;
        at.skip = m_page->consumed;
        return RestResumeToken::encode(m_tokenPrefix, &at);
    }
    return RestResumeToken::encode(m_tokenPrefix, m_next ? &*m_next : nullptr);
}

Result<bool> RestStreamReader::next(RecordBatch &batch)
{
    if (batch.schema != m_schema)
        batch.reset(m_schema);
    else
        batch.clearRows();
    batch.firstRecord = nextRecordNumber();

    if (m_pendingError) {
        const QString error = *m_pendingError;
        m_pendingError.reset();
        return Error(error);
    }
    if (m_done)
        return false;
    if (isCancelled(m_options.cancel))
        return Error(tr("Reading %1 was cancelled.").arg(m_client.settings().describeSource()));

    const int batchRows = std::max(1, m_options.batchRows);
    const qsizetype badBefore = m_badRecords.size();
    while (batch.rowCount < batchRows && m_badRecords.size() - badBefore < batchRows) {
        if (limitReached()) {
            m_done = true;
            break;
        }
        if (!m_page) {
            if (!m_next) {
                m_done = true;
                break;
            }
            if (Status s = loadPage(*m_next, nullptr); !s) {
                m_done = true;
                // The rows before the failing page are good: hand them out, then the error.
                if (batch.rowCount == 0 && m_badRecords.size() == badBefore)
                    return Error(s.error());
                m_pendingError = s.error();
                break;
            }
            continue;
        }
        switch (m_page->records->next()) {
        case RestPage::Step::Record:
            appendRecord(batch);
            ++m_page->consumed;
            ++m_rowsProduced;
            break;
        case RestPage::Step::BadRecord:
            addBadRecord(m_page->records->badReason());
            ++m_page->consumed;
            break;
        case RestPage::Step::End:
        case RestPage::Step::Error:
            // The counting pass read the same bytes: only reached if it counted differently.
            m_page->consumed = m_page->count;
            break;
        }
        if (m_page->consumed >= m_page->count)
            finishPage();
    }
    return batch.rowCount > 0 || !m_done;
}

void RestStreamReader::appendRecord(RecordBatch &batch)
{
    const FlatRecord &record = m_page->records->record();
    m_extra.clear();
    for (std::size_t i = 0; i < record.count; ++i) {
        const JsonField &field = record.fields[i];
        const int column = m_columns.indexOf(field.key, i);
        if (column >= 0) {
            m_slots[std::size_t(column)] = &field; // a repeated key: the last value wins
            continue;
        }
        // A key the first page did not have: kept in _extra_fields as {"key": value, ...}.
        m_extra.push_back(m_extra.empty() ? '{' : ',');
        appendJsonString(m_extra, field.key);
        m_extra.push_back(':');
        if (field.type == JsonType::String)
            appendJsonString(m_extra, field.text);
        else if (field.type == JsonType::Null)
            m_extra.append("null");
        else
            m_extra.append(field.text);
    }
    for (std::size_t c = 0; c < m_slots.size(); ++c) {
        const JsonField *field = m_slots[c];
        if (!field || field->type == JsonType::Null)
            batch.columns[c].appendNull();
        else
            batch.columns[c].appendText(field->text);
        m_slots[c] = nullptr;
    }
    Column &extra = batch.columns[m_slots.size()];
    if (m_extra.empty()) {
        extra.appendNull();
    } else {
        m_extra.push_back('}');
        extra.appendText(m_extra);
    }
    batch.noteRecord(m_page->position.recordNumber + m_page->consumed);
    ++batch.rowCount;
}

void RestStreamReader::addBadRecord(const QString &reason)
{
    BadRecord bad;
    bad.recordNumber = m_page->position.recordNumber + m_page->consumed;
    bad.location = RestPaginator::pageName(m_page->position);
    bad.reason = reason;
    bad.raw = m_page->records->raw();
    m_badRecords.append(bad);
}

QList<BadRecord> RestStreamReader::takeBadRecords()
{
    return std::exchange(m_badRecords, {});
}

} // namespace miq
