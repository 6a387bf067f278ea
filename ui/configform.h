#pragma once

#include "connectors/connectorspec.h"
#include "engine/sourcesecrets.h"

#include <QHash>
#include <QVariantMap>
#include <QWidget>

class QFormLayout;

namespace miq {

// A form generated from a connector's config fields: one editor per field, secret fields as
// password edits. Emits changed() on every edit so the dialog can validate as the user types.
class ConfigForm : public QWidget
{
    Q_OBJECT

public:
    explicit ConfigForm(QWidget *parent = nullptr);

    // `knownSecrets`: secret keys already stored for this source; their edits stay empty and
    // mean "keep" unless the user types a new value.
    void setSpec(const ConnectorSpec &spec, const QVariantMap &values, const QStringList &knownSecrets);

    QVariantMap values() const;     // non-secret values that differ from empty
    SecretValues secrets() const;   // secret values the user typed
    QWidget *editorFor(const QString &key) const { return m_editors.value(key); }

Q_SIGNALS:
    void changed();

private:
    QWidget *createEditor(const ConfigField &field, const QVariant &value, bool secretKnown);

    QFormLayout *m_layout;
    ConnectorSpec m_spec;
    QHash<QString, QWidget *> m_editors;
};

} // namespace miq
