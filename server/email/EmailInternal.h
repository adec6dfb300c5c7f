#pragma once

// Helpers shared by the email backends. Not part of the module's public interface.

#include "server/email/EmailSender.h"

#include <QLoggingCategory>
#include <curl/curl.h>
#include <memory>
#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcEmail)

namespace hector::server::email_detail {

// "Name <local@domain>" or "local@domain", split into its parts. The address is ASCII, its domain
// converted to ACE (IDN) form.
struct Mailbox
{
    QString displayName;
    QString address;

    QString domain() const;
};

std::optional<Mailbox> parseMailbox(const QString &text);

// A message ready to hand to a backend: the sender filled from the config when missing, every
// address checked. Error code "email_invalid_message" otherwise.
struct PreparedMessage
{
    EmailMessage message; // from is always set
    Mailbox sender;
    QList<Mailbox> recipients;
};

hector::Result<PreparedMessage> prepareMessage(const EmailMessage &message,
                                               const QString &defaultFrom);

// Control characters (CR, LF...) replaced by spaces, surrounding blanks removed: safe to put in a
// header line.
QString sanitizedHeaderValue(const QString &value);

// A fresh, globally unique Message-ID (without angle brackets) for the sender's domain.
QString newMessageId(const QString &senderDomain);

// curl_global_init exactly once per process (std::call_once); safe from any thread.
void ensureCurlGlobalInit();

struct CurlEasyDeleter
{
    void operator()(CURL *handle) const { curl_easy_cleanup(handle); }
};
using CurlEasy = std::unique_ptr<CURL, CurlEasyDeleter>;

struct CurlSlistDeleter
{
    void operator()(curl_slist *list) const { curl_slist_free_all(list); }
};
using CurlSlist = std::unique_ptr<curl_slist, CurlSlistDeleter>;

// Appends a string to a list, keeping ownership in the RAII holder. False when out of memory.
bool appendToSlist(CurlSlist &list, const QByteArray &value);

// The text libcurl put in its error buffer, or its generic description of the code.
QString curlErrorText(CURLcode code, const char *errorBuffer);

} // namespace hector::server::email_detail
