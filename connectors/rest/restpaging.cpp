#include "connectors/rest/restpaging.h"

#include "connectors/rest/restpage.h"

namespace miq {

RestPosition RestPaginator::first(const RestSettings &settings)
{
    RestPosition position;
    position.pageNumber = settings.startPage;
    return position;
}

QString RestPaginator::pageName(const RestPosition &position)
{
    return tr("page %1").arg(position.page + 1);
}

QUrl RestPaginator::urlFor(const RestSettings &settings, const RestPosition &position)
{
    const bool linked = settings.paging == RestPaging::NextUrl || settings.paging == RestPaging::LinkHeader;
    if (linked && !position.url.isEmpty())
        return position.url; // as the server gave it: it carries the query of the first request
    QUrl url = settings.url;
    for (const auto &[key, value] : settings.query)
        setQueryItem(url, key, value);
    if (!settings.sinceParam.isEmpty() && !settings.sinceValue.isEmpty())
        setQueryItem(url, settings.sinceParam, settings.sinceValue);
    switch (settings.paging) {
    case RestPaging::PageNumber:
        setQueryItem(url, settings.pageParam, QString::number(position.pageNumber));
        if (!settings.pageSizeParam.isEmpty())
            setQueryItem(url, settings.pageSizeParam, QString::number(settings.pageSize));
        break;
    case RestPaging::Offset:
        setQueryItem(url, settings.offsetParam, QString::number(position.offset));
        setQueryItem(url, settings.limitParam, QString::number(settings.pageSize));
        break;
    case RestPaging::Cursor:
        if (!position.cursor.isEmpty())
            setQueryItem(url, settings.cursorParam, position.cursor);
        break;
    case RestPaging::None:
    case RestPaging::NextUrl:
    case RestPaging::LinkHeader: break;
    }
    return url;
}

QUrl RestPaginator::nextLink(const QByteArray &header, const QUrl &base)
{
    // Link: <https://api.example.com/items?page=2>; rel="next", <...>; rel="last"
    // The target sits between '<' and '>' and may itself contain commas and semicolons.
    qsizetype at = 0;
    while (at < header.size()) {
        const qsizetype open = header.indexOf('<', at);
        if (open < 0)
            break;
        const qsizetype close = header.indexOf('>', open);
        if (close < 0)
            break;
        const QByteArray target = header.mid(open + 1, close - open - 1).trimmed();
        qsizetype end = header.indexOf('<', close);
        if (end < 0)
            end = header.size();
        for (const QByteArray &param : header.mid(close + 1, end - close - 1).split(';')) {
            const qsizetype eq = param.indexOf('=');
            if (eq < 0 || param.left(eq).trimmed().toLower() != "rel")
                continue;
            QByteArray value = param.mid(eq + 1).trimmed();
            if (value.endsWith(','))
                value.chop(1);
            if (value.startsWith('"') && value.endsWith('"') && value.size() >= 2)
                value = value.mid(1, value.size() - 2);
            // rel may list several relation types: rel="next last".
            for (const QByteArray &rel : value.simplified().split(' '))
                if (rel.toLower() == "next")
                    return base.resolved(QUrl(QString::fromUtf8(target)));
        }
        at = end;
    }
    return QUrl();
}

Result<RestPageLinks> RestPaginator::links(const RestSettings &settings, const RestPosition &position,
                                           const RestResponse &response)
{
    RestPageLinks links;
    QString error;
    switch (settings.paging) {
    case RestPaging::None:
    case RestPaging::PageNumber:
    case RestPaging::Offset: return links;
    case RestPaging::Cursor: {
        const std::optional<QString> cursor = RestPage::valueAt(response.body, settings.cursorPath, &error);
        if (!error.isEmpty())
            return Error(tr("cannot read the next cursor: %1").arg(error));
        if (cursor && *cursor == position.cursor)
            return Error(tr("the response gives the same cursor as the request ('%1'); reading stopped "
                            "because it would never end (check the cursor path)")
                             .arg(cursor->left(100)));
        links.cursor = cursor.value_or(QString());
        return links;
    }
    case RestPaging::NextUrl:
    case RestPaging::LinkHeader: {
        if (settings.paging == RestPaging::NextUrl) {
            const std::optional<QString> next = RestPage::valueAt(response.body, settings.nextUrlPath, &error);
            if (!error.isEmpty())
                return Error(tr("cannot read the next page's URL: %1").arg(error));
            if (next)
                links.nextUrl = response.url.resolved(QUrl(*next));
        } else {
            links.nextUrl = nextLink(response.header("Link"), response.url);
        }
        if (links.nextUrl.isEmpty())
            return links;
        const QString scheme = links.nextUrl.scheme().toLower();
        if (!links.nextUrl.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
            return Error(tr("the next page's URL '%1' is not an http(s) URL").arg(settings.displayUrl(links.nextUrl)));
        links.nextUrl = settings.withoutSecrets(links.nextUrl);
        if (links.nextUrl == settings.withoutSecrets(urlFor(settings, position)))
            return Error(tr("the next page's URL is the URL of this page; reading stopped because it would never end"));
        return links;
    }
    }
    return links;
}

std::optional<RestPosition> RestPaginator::advance(const RestSettings &settings, const RestPosition &current,
                                                   const RestPageLinks &links, qint64 records)
{
    if (records == 0 || settings.paging == RestPaging::None)
        return std::nullopt;
    RestPosition next = current;
    next.page = current.page + 1;
    next.recordNumber = current.recordNumber + records;
    next.skip = 0;
    switch (settings.paging) {
    case RestPaging::None: return std::nullopt;
    case RestPaging::PageNumber: next.pageNumber = current.pageNumber + 1; break;
    case RestPaging::Offset: next.offset = current.offset + records; break;
    case RestPaging::Cursor:
        if (links.cursor.isEmpty())
            return std::nullopt;
        next.cursor = links.cursor;
        break;
    case RestPaging::NextUrl:
    case RestPaging::LinkHeader:
        if (links.nextUrl.isEmpty())
            return std::nullopt;
        next.url = links.nextUrl;
        break;
    }
    return next;
}

} // namespace miq
