#pragma once

#include "connectors/json/jsoninput.h"
#include "connectors/json/jsonparser.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace miq {

// The records of one response body, parsed with the JSON connector's parser (the same
// flattening into dotted columns) straight from the bytes, one record at a time.
//
// The records are the array at the records path, or, without a path, the top-level array or a
// single top-level object. A null at the records path is a page without records. Messages here
// are causes without context ("there is no 'data.items' in the response"); the reader adds the
// request and the page.
class RestPage
{
    Q_DECLARE_TR_FUNCTIONS(miq::RestPage)

public:
    enum class Step { Record, BadRecord, End, Error };

    RestPage(const QByteArray &body, const QByteArray &contentType, const QStringList &recordsPath,
             int flattenDepth);

    Step next();
    const FlatRecord &record() const { return m_record; }
    const QString &badReason() const { return m_badReason; }
    const QString &errorCause() const { return m_errorCause; }
    // The bytes of the record next() just returned, at most JsonInput::MaxCapture.
    QByteArray raw() const;

    // The value at a dotted path of `body` as text (a string unescaped, a number as written);
    // nullopt when the path is absent, null or an empty string. An object, array or boolean
    // there, or invalid JSON on the way, is an error (the cause in `error`).
    static std::optional<QString> valueAt(const QByteArray &body, const QStringList &path, QString *error);

    // What a body that is not JSON looks like, for messages: "the server sent HTML, not JSON
    // (content type 'text/html'): "<!DOCTYPE html>..."" (the first 80 characters). Empty when
    // the body starts like JSON.
    static QString notJsonCause(const QByteArray &body, const QByteArray &contentType);

private:
    enum class State { Start, ArrayFirst, ArrayNext, SingleObject, Done };

    Step start();
    Step nextElement();
    Step parseOne();
    Step syntaxError();
    Step structureError(const QString &cause);

    QByteArray m_body;
    QByteArray m_contentType;
    QStringList m_recordsPath;
    JsonInput m_input;
    JsonParser m_parser;
    FlatRecord m_record;
    State m_state = State::Start;
    QString m_badReason;
    QString m_errorCause;
};

} // namespace miq
