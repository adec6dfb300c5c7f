#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

namespace hector::server {

// WHERE clause under construction: conditions joined by AND, parameters numbered in order.
// Conditions are SQL written by the repositories; values only ever travel as parameters.
class Where
{
public:
    QString param(const QVariant &value)
    {
        m_params.append(value);
        return QStringLiteral("$%1").arg(m_params.size());
    }
    void add(const QString &condition) { m_parts.append(condition); }
    // "<column> = <value><cast>" when a value is given (an empty one filters nothing).
    void addEquals(const char *column, const QString &value, const char *cast = "")
    {
        if (!value.isEmpty())
            add(QStringLiteral("%1 = %2%3").arg(QLatin1String(column), param(value), QLatin1String(cast)));
    }
    QString sql() const
    {
        return m_parts.isEmpty() ? QString() : QString(QStringLiteral("WHERE ") + m_parts.join(QStringLiteral(" AND ")));
    }
    // The conditions alone ("true" without any), e.g. for a JOIN … ON or after other conditions.
    QString conditions() const
    {
        return m_parts.isEmpty() ? QStringLiteral("true") : QString(u'(' + m_parts.join(QStringLiteral(") AND (")) + u')');
    }
    const QVariantList &params() const { return m_params; }

private:
    QStringList m_parts;
    QVariantList m_params;
};

} // namespace hector::server
