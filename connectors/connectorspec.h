#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace miq {

// One configuration field of a connector type. The GUI's source dialog and the CLI's
// `sources add --set KEY=VALUE` are both generated from these.
struct ConfigField
{
    enum class Kind {
        Text,     // free text
        Integer,  // whole number within [minimum, maximum]
        Boolean,  // true/false
        Choice,   // one of `choices`
        FilePath, // an existing file (or folder/glob where the connector allows it)
        Password, // secret text: stored only in the keychain
        MultilineText, // e.g. a SQL query
    };

    QString key;      // stable identifier, e.g. "path", "host"
    QString label;    // translated label
    Kind kind = Kind::Text;
    bool required = false;
    bool secret = false; // true for passwords, tokens and keys
    QVariant defaultValue;
    QString help;       // translated one-line help
    QStringList choices; // for Kind::Choice
    int minimum = 0;
    int maximum = 0;
};

// What a connector type is and what it needs to be configured.
struct ConnectorSpec
{
    QString typeId;       // stable identifier stored in workspaces, e.g. "csv", "postgres"
    QString displayName;  // translated, e.g. "Delimited text (CSV/TSV)"
    QString description;  // translated
    QString iconName;     // resource name under :/icons/connectors/
    QStringList fileSuffixes; // suffixes a file path is recognised by, e.g. "csv"
    QList<ConfigField> fields;

    const ConfigField *field(const QString &key) const
    {
        for (const ConfigField &f : fields)
            if (f.key == key)
                return &f;
        return nullptr;
    }
    QStringList secretKeys() const
    {
        QStringList keys;
        for (const ConfigField &f : fields)
            if (f.secret)
                keys << f.key;
        return keys;
    }
};

} // namespace miq
