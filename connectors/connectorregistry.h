#pragma once

#include "connectors/connector.h"
#include "connectors/destination.h"

#include <QCoreApplication>
#include <QList>

#include <functional>
#include <memory>

namespace miq {

// The connector types the application knows. Thread-safe to read after construction.
class ConnectorRegistry
{
    Q_DECLARE_TR_FUNCTIONS(ConnectorRegistry)

public:
    using Factory = std::function<std::unique_ptr<Connector>(const ConnectionSettings &)>;
    // Connector types that can also be written to (database servers) register one of these.
    using DestinationFactory = std::function<std::unique_ptr<Destination>(const ConnectionSettings &)>;

    // The registry with every built-in connector type.
    static const ConnectorRegistry &builtin();

    void add(ConnectorSpec spec, Factory factory, DestinationFactory destination = {});

    QList<ConnectorSpec> specs() const;
    const ConnectorSpec *spec(const QString &typeId) const;

    // Creates a connector; checks the type exists and required fields are set.
    Result<std::unique_ptr<Connector>> create(const QString &typeId,
                                              const ConnectionSettings &settings) const;

    // Whether sources of this type can be a sync job's destination.
    bool canWrite(const QString &typeId) const;
    // A destination writing into a source of this type (e.g. a PostgreSQL database); checks the
    // type exists, can be written to and required fields are set. Nothing is connected here.
    Result<std::unique_ptr<Destination>> createDestination(const QString &typeId,
                                                           const ConnectionSettings &settings) const;

    // Validates values against the spec: required fields, integer ranges, choices.
    // Returns one translated message per problem (empty when valid).
    QStringList validate(const QString &typeId, const QVariantMap &values,
                         const QStringList &presentSecrets) const;

    // For `preview FILE`: the connector type and settings for a path, chosen by its suffix.
    Result<std::pair<QString, ConnectionSettings>> settingsForFile(const QString &path) const;

private:
    struct Entry
    {
        ConnectorSpec spec;
        Factory factory;
        DestinationFactory destination;
    };
    const Entry *entry(const QString &typeId) const;
    QList<Entry> m_entries;
};

} // namespace miq
