// The lab's Java client: a JSSE TLS connection to host:port that trusts only the lab CA, checks the host
// name the way HTTPS clients and the JDBC driver's validation do, and, when a CRL file is given, checks
// revocation with it. Prints "connected", or the exception and its causes as a stack trace shows them.
import java.io.FileInputStream;
import java.net.InetSocketAddress;
import java.security.KeyStore;
import java.security.cert.CertStore;
import java.security.cert.CertificateFactory;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.CertPathTrustManagerParameters;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

public class LabClient {
  public static void main(String[] args) throws Exception {
    String host = args[0];
    int port = Integer.parseInt(args[1]);
    CertificateFactory factory = CertificateFactory.getInstance("X.509");
    KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
    trust.load(null, null);
    try (FileInputStream in = new FileInputStream(args[2])) {
      trust.setCertificateEntry("lab-ca", (X509Certificate) factory.generateCertificate(in));
    }
    TrustManagerFactory tmf = TrustManagerFactory.getInstance("PKIX");
    if (args.length > 3) {
      PKIXBuilderParameters params = new PKIXBuilderParameters(trust, new X509CertSelector());
      try (FileInputStream in = new FileInputStream(args[3])) {
        params.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(List.of(factory.generateCRL(in)))));
      }
      params.setRevocationEnabled(true);
      tmf.init(new CertPathTrustManagerParameters(params));
    } else {
      tmf.init(trust);
    }
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, tmf.getTrustManagers(), null);
    try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 3000);
      socket.setSoTimeout(3000);
      SSLParameters parameters = socket.getSSLParameters();
      parameters.setServerNames(List.of(new javax.net.ssl.SNIHostName(host)));
      parameters.setEndpointIdentificationAlgorithm("HTTPS");
      socket.setSSLParameters(parameters);
      socket.startHandshake();
      System.out.println("connected");
    } catch (Exception e) {
      StringBuilder text = new StringBuilder(e.toString());
      for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) text.append("\nCaused by: ").append(cause);
      System.out.println(text);
    }
  }
}
