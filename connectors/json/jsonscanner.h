#pragma once

#include "connectors/json/jsoninput.h"
#include "connectors/json/jsonparser.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace miq {

// How the records are laid out in the file.
enum class JsonLayout {
    Array,   // [ {...}, {...} ], at the top level or at a records path inside an object
    Lines,   // NDJSON / JSON Lines: one record per line
    Objects, // one or more top-level objects, e.g. a single pretty-printed document
};

struct JsonScanOptions
{
    JsonLayout layout = JsonLayout::Array;
    QStringList recordsPath; // keys leading to the array of records; empty = top level
    int flattenDepth = 8;
};

// A place to continue scanning: just after a record (or bad record) next() returned.
struct JsonScanPosition
{
    enum class State : quint8 {
        Start,   // before the first record: scanning starts from the beginning of the file
        InArray, // inside the records array, after an element: a ',' or the ']' comes next
        Lines,   // NDJSON, at the start of a line
        Objects, // after a top-level object
    };

    State state = State::Start;
    qint64 offset = 0;       // bytes from the start of the file
    qint64 line = 1;         // of the byte at `offset`
    qint64 column = 1;       // of the byte at `offset`, in characters
    qint64 recordNumber = -1; // of the record just returned (-1 before the first)
};

// Walks a JSON file record by record in constant memory. It knows the layouts and how to carry
// on after a bad record; what becomes a row is the stream reader's business.
class JsonRecordScanner
{
    Q_DECLARE_TR_FUNCTIONS(miq::JsonRecordScanner)

public:
    enum class Step {
        Record,    // record() holds a flattened object
        BadRecord, // badReason()/raw() say why and what; scanning can go on
        End,       // no more records
        Error,     // the file cannot be read further; errorMessage() says where and why
    };

    JsonRecordScanner(QString path, QString sourceName, JsonScanOptions options);

    // Opens the file; returns the complete message when that fails.
    std::optional<QString> open();
    static QString openErrorMessage(const QString &path, const QString &sourceName, const QString &cause);
    Step next();

    // Where scanning stands now; meaningful right after next() returned a Record or BadRecord
    // (or before the first call). Empty when the file is transcoded (UTF-16/32): its offsets do
    // not map back to bytes exactly, so such streams cannot resume.
    std::optional<JsonScanPosition> position() const;
    // Continues at a position position() returned for the same file and options, right after
    // open(). False when the input cannot seek there.
    bool resumeAt(const JsonScanPosition &at);

    const FlatRecord &record() const { return m_record; }
    // Position of the record or bad record next() just returned.
    qint64 recordNumber() const { return m_recordNumber; } // 0-based
    qint64 recordLine() const { return m_recordLine; }     // 1-based
    const QString &badReason() const { return m_badReason; }
    // The record's bytes as read, at most JsonInput::MaxCapture.
    QByteArray raw() const;

    QString errorMessage() const { return m_errorMessage; }
    qint64 errorLine() const { return m_errorLine; }
    // How the file and its source are named in messages: "'orders.json' (source 'Orders')".
    QString describeFile() const;

    qint64 bytesRead() const { return m_input.bytesRead(); }
    qint64 totalBytes() const { return m_input.totalBytes(); }
    QString encodingName() const { return m_input.encodingName(); }

private:
    enum class State { Start, ArrayFirst, ArrayNext, Lines, Objects, Done };

    Step start();
    Step nextArrayElement();
    Step nextLine();
    Step nextObject();
    Step parseOneRecord(bool lineMode);
    bool findRecordsArray();
    Step syntaxError();
    Step structureError(const QString &cause);
    Step end();
    void skipRestOfLine();

    QString m_path;
    QString m_sourceName;
    JsonScanOptions m_options;
    JsonInput m_input;
    JsonParser m_parser;
    FlatRecord m_record;
    State m_state = State::Start;
    qint64 m_recordNumber = -1;
    qint64 m_recordLine = 0;
    QString m_badReason;
    QString m_errorMessage;
    qint64 m_errorLine = 0;
};

} // namespace miq
