#include "net/ErrorReport.h"

#include "core/codec/ErrorCodec.h"

#include <QCoreApplication>

namespace cc::net {

namespace {

// Text::tr rather than a free tr(): lupdate files the messages under this context.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(cc::net)
};

ApiError base(ApiError::Kind kind, const QString& method, const QUrl& url) {
    ApiError e;
    e.kind = kind;
    e.method = method;
    e.url = url.toString(QUrl::RemoveUserInfo);
    return e;
}

QString what(const QString& method, const QUrl& url) {
    return method + QLatin1Char(' ') + displayUrl(url);
}

QString withDetail(const QString& head, const QString& detail) {
    const QString d = detail.trimmed();
    return d.isEmpty() ? sentence(head) : sentence(head + QStringLiteral(": ") + d);
}

} // namespace

QString sentence(const QString& text) {
    QString t = text.trimmed();
    if (t.isEmpty())
        return t;
    const QChar last = t.back();
    if (last != QLatin1Char('.') && last != QLatin1Char('!') && last != QLatin1Char('?'))
        t += QLatin1Char('.');
    return t;
}

QString displayUrl(const QUrl& url) {
    return url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

QString displayOrigin(const QUrl& url) {
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery |
                        QUrl::RemoveFragment)
               .toDisplayString() +
           QLatin1Char('/');
}

ApiError transportError(const QString& method, const QUrl& url, QNetworkReply::NetworkError code,
                        const QString& detail) {
    ApiError e = base(ApiError::Kind::Network, method, url);
    const QString origin = displayOrigin(url);
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
        e.message =
            Text::tr("Could not reach %1 (connection refused). Is the server running?").arg(origin);
        break;
    case QNetworkReply::HostNotFoundError:
        e.message =
            Text::tr("Could not reach %1 (host not found). Check the server address.").arg(origin);
        break;
    case QNetworkReply::RemoteHostClosedError:
        e.message =
            Text::tr("The server at %1 closed the connection before answering %2. Try again.")
                .arg(origin, what(method, url));
        break;
    case QNetworkReply::ContentReSendError:
        e.message =
            Text::tr("The connection to %1 was lost after %2 was sent. It was not sent again "
                     "because the server may have carried it out: check before trying again.")
                .arg(origin, what(method, url));
        break;
    case QNetworkReply::TimeoutError:
        e.kind = ApiError::Kind::Timeout;
        e.message = Text::tr("The connection to %1 timed out. Check the network and try again.")
                        .arg(origin);
        break;
    case QNetworkReply::SslHandshakeFailedError:
        e.message = withDetail(Text::tr("The secure connection to %1 failed").arg(origin), detail) +
                    QLatin1Char(' ') +
                    Text::tr("Check the server certificate, or turn off TLS verification for this "
                             "connection if you trust the server.");
        break;
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        e.message = withDetail(
            Text::tr("%1 was redirected somewhere it may not follow").arg(what(method, url)),
            detail);
        break;
    default:
        e.message = withDetail(Text::tr("The request %1 failed").arg(what(method, url)), detail) +
                    QLatin1Char(' ') + Text::tr("Check the network and try again.");
        break;
    }
    return e;
}

ApiError timeoutError(const QString& method, const QUrl& url, int timeoutMs) {
    ApiError e = base(ApiError::Kind::Timeout, method, url);
    const double seconds = timeoutMs / 1000.0;
    e.message =
        Text::tr("%1 got no answer within %2 s. The server may be busy: try again, or raise "
                 "the timeout.")
            .arg(what(method, url), QString::number(seconds, 'g', 3));
    return e;
}

ApiError httpError(const QString& method, const QUrl& url, int status, const QString& reason,
                   const QByteArray& body) {
    ApiError e = base(ApiError::Kind::Http, method, url);
    e.httpStatus = status;
    e.rawBody = body;
    e.body = decodeErrorBody(body);
    const QString code = reason.isEmpty() ? QString::number(status)
                                          : QString::number(status) + QLatin1Char(' ') + reason;
    QString detail = e.body.message;
    if (e.body.details.is_null()) {
        // An HTML error page repeats its status in title and heading: keep the rest.
        detail.remove(code, Qt::CaseInsensitive);
        detail = detail.simplified();
    }
    const QString call = what(method, url);
    switch (status) {
    case 400:
    case 422:
        e.message = withDetail(Text::tr("The server refused %1 (%2)").arg(call, code), detail);
        break;
    case 401:
        e.message =
            withDetail(Text::tr("The server refused the credentials for %1 (%2)").arg(call, code),
                       detail) +
            QLatin1Char(' ') + Text::tr("Sign in again or update the access token.");
        break;
    case 403:
        e.message =
            withDetail(Text::tr("You do not have permission for %1 (%2)").arg(call, code), detail);
        break;
    case 404:
        e.message = withDetail(Text::tr("Nothing was found at %1 (%2)").arg(call, code), detail);
        break;
    case 408:
        e.message = withDetail(Text::tr("The server gave up on %1 (%2)").arg(call, code), detail);
        break;
    case 409:
        e.message = withDetail(
            Text::tr("The server reported a conflict for %1 (%2)").arg(call, code), detail);
        break;
    case 429:
        e.message =
            withDetail(
                Text::tr("The server is limiting requests and refused %1 (%2)").arg(call, code),
                detail) +
            QLatin1Char(' ') + Text::tr("Wait a moment and try again.");
        break;
    default:
        if (status >= 500)
            e.message =
                withDetail(Text::tr("The server answered %1 to %2").arg(code, call), detail) +
                QLatin1Char(' ') + Text::tr("Try again later.");
        else
            e.message =
                withDetail(Text::tr("The server answered %1 to %2").arg(code, call), detail);
        break;
    }
    return e;
}

ApiError decodeError(const QString& method, const QUrl& url, int status, const QByteArray& body,
                     const DecodeError& error, bool syntax) {
    ApiError e = base(ApiError::Kind::Decode, method, url);
    e.httpStatus = status;
    e.rawBody = body;
    const QString call = what(method, url);
    e.message =
        syntax ? sentence(
                     Text::tr("The reply to %1 is not valid JSON: %2").arg(call, error.toString()))
               : sentence(Text::tr("The reply to %1 does not match the contract: %2")
                              .arg(call, error.toString()));
    return e;
}

ApiError cancelledError(const QString& method, const QUrl& url) {
    ApiError e = base(ApiError::Kind::Cancelled, method, url);
    e.message = Text::tr("%1 was cancelled.").arg(what(method, url));
    return e;
}

ApiError configurationError(const QString& method, const QUrl& url, const QString& message) {
    ApiError e = base(ApiError::Kind::Configuration, method, url);
    e.message = sentence(message);
    return e;
}

ApiError authError(const ApiError& unauthorized, AuthFailure why, const ApiError* renewal) {
    ApiError e = unauthorized;
    const QString detail = unauthorized.body.message;
    switch (why) {
    case AuthFailure::NoCredentials:
        e.message = withDetail(Text::tr("The server requires you to sign in (HTTP 401)"), detail) +
                    QLatin1Char(' ') + Text::tr("Set an access token or a user name and password.");
        break;
    case AuthFailure::TokenRejected:
        e.message =
            withDetail(Text::tr("The server refused the access token (HTTP 401): it is invalid "
                                "or expired"),
                       detail) +
            QLatin1Char(' ') + Text::tr("Sign in again or update the token.");
        break;
    case AuthFailure::RenewalRefused:
        e.message =
            Text::tr("The access token is invalid or expired and the server refused to renew "
                     "it (HTTP %1). Sign in again.")
                .arg(renewal ? renewal->httpStatus : 401);
        break;
    case AuthFailure::RenewalFailed:
        e.message = Text::tr("The access token is invalid or expired and renewing it failed: %1")
                        .arg(renewal ? renewal->message : QString());
        e.message = sentence(e.message);
        break;
    case AuthFailure::StillRejected:
        e.message = withDetail(Text::tr("The server still refused the request after the token was "
                                        "renewed (HTTP 401): the token is invalid or expired"),
                               detail) +
                    QLatin1Char(' ') + Text::tr("Sign in again.");
        break;
    }
    return e;
}

} // namespace cc::net
