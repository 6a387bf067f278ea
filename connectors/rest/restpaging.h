#pragma once

#include "connectors/rest/restsettings.h"
#include "connectors/rest/resttransport.h"

#include "connectors/result.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

namespace miq {

// Which page to request: everything a page request depends on, so that it can be saved in a
// resume token and sent again by a later run.
struct RestPosition
{
    qint64 page = 0;       // 0-based index among the pages requested; "page 1" in messages
    qint64 pageNumber = 0; // page_number paging: the value of the page parameter
    qint64 offset = 0;     // offset_limit paging
    QString cursor;        // cursor paging: empty for the first page
    QUrl url;              // next_url / link_header paging: empty for the first page; never holds secrets
    qint64 recordNumber = 0; // stream record number of the page's first record
    qint64 skip = 0;         // records of this page already handed out (a resume within a page)
};

// Where a response says the next page is.
struct RestPageLinks
{
    QString cursor;
    QUrl nextUrl;
};

// The pagination styles: the request URL of a position, and the position after a page.
class RestPaginator
{
    Q_DECLARE_TR_FUNCTIONS(miq::RestPaginator)

public:
    static RestPosition first(const RestSettings &settings);
    // The URL of the page at `position`, without authentication (the client adds it).
    static QUrl urlFor(const RestSettings &settings, const RestPosition &position);
    // The cursor or next URL in a response (empty when there is none), or the cause when it
    // cannot be read or leads back to the same page (which would never end).
    static Result<RestPageLinks> links(const RestSettings &settings, const RestPosition &position,
                                       const RestResponse &response);
    // The position after a page at `current` that held `records` records (bad ones included);
    // nullopt at the end: no pagination, a page without records, or no next cursor/URL.
    static std::optional<RestPosition> advance(const RestSettings &settings, const RestPosition &current,
                                               const RestPageLinks &links, qint64 records);
    // "page 3", for messages.
    static QString pageName(const RestPosition &position);

    // The rel="next" target of an RFC 8288 Link header, resolved against `base`; empty when none.
    static QUrl nextLink(const QByteArray &header, const QUrl &base);
};

} // namespace miq
