package dev.weft.demo.auth;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/// The demo's TLS identity: a private certificate authority and one serving certificate for
/// `127.0.0.1` and `localhost` that every demo cluster presents. kubectl sends a bearer token
/// only over TLS, and Weft never sends credentials in clear text, so the demo speaks HTTPS; the
/// kubeconfig carries the authority as `certificate-authority-data`.
///
/// Made with Bouncy Castle (already on the class path through fabric8's mock web server), since
/// the JDK has no public API to issue certificates. Immutable; thread-safe.
///
/// @param caPem the authority's certificate
/// @param certPem the serving certificate
/// @param keyPem the serving certificate's private key (PKCS #8); a secret
public record ServingCertificate(String caPem, String certPem, String keyPem) {
  private static final Duration VALIDITY = Duration.ofDays(365);

  /// A fresh authority and serving certificate, valid for a year.
  public static ServingCertificate generate() {
    try {
      KeyPair ca = keyPair();
      KeyPair server = keyPair();
      Instant now = Instant.now();
      X500Name caName = new X500Name("CN=weft-demo-ca");
      X509v3CertificateBuilder caCert =
          new JcaX509v3CertificateBuilder(
              caName,
              serial(),
              Date.from(now.minusSeconds(60)),
              Date.from(now.plus(VALIDITY)),
              caName,
              ca.getPublic());
      caCert.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
      caCert.addExtension(
          Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
      X509v3CertificateBuilder serverCert =
          new JcaX509v3CertificateBuilder(
              caName,
              serial(),
              Date.from(now.minusSeconds(60)),
              Date.from(now.plus(VALIDITY)),
              new X500Name("CN=weft-demo-apiserver"),
              server.getPublic());
      serverCert.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
      serverCert.addExtension(
          Extension.subjectAlternativeName,
          false,
          new GeneralNames(
              new GeneralName[] {
                new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
                new GeneralName(GeneralName.dNSName, "localhost")
              }));
      ContentSigner signer = new JcaContentSignerBuilder("SHA256withECDSA").build(ca.getPrivate());
      return new ServingCertificate(
          pem("CERTIFICATE", caCert.build(signer).getEncoded()),
          pem("CERTIFICATE", serverCert.build(signer).getEncoded()),
          pem("PRIVATE KEY", server.getPrivate().getEncoded()));
    } catch (GeneralSecurityException | OperatorCreationException | java.io.IOException e) {
      throw new IllegalStateException(
          "cannot make the demo's TLS certificate: " + e.getMessage(), e);
    }
  }

  /// Whether all three parts are present and the serving certificate is valid for a while yet.
  public boolean usable() {
    try {
      X509Certificate cert = certificate(certPem);
      cert.checkValidity(Date.from(Instant.now().plus(Duration.ofDays(1))));
      certificate(caPem);
      return keyPem.contains("PRIVATE KEY");
    } catch (GeneralSecurityException | RuntimeException e) {
      return false;
    }
  }

  /// A TLS context that trusts this authority only, for in-process clients.
  public SSLContext trustingContext() {
    try {
      KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
      store.load(null, null);
      store.setCertificateEntry("weft-demo-ca", certificate(caPem));
      TrustManagerFactory trust =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(store);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trust.getTrustManagers(), null);
      return context;
    } catch (GeneralSecurityException | java.io.IOException e) {
      throw new IllegalStateException("cannot trust the demo's authority: " + e.getMessage(), e);
    }
  }

  /// The authority as a kubeconfig's `certificate-authority-data`.
  public String caData() {
    return Base64.getEncoder().encodeToString(caPem.getBytes(StandardCharsets.US_ASCII));
  }

  private static X509Certificate certificate(String pem) throws GeneralSecurityException {
    return (X509Certificate)
        CertificateFactory.getInstance("X.509")
            .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
  }

  private static KeyPair keyPair() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    return generator.generateKeyPair();
  }

  private static BigInteger serial() {
    return new BigInteger(64, new SecureRandom());
  }

  private static String pem(String type, byte[] der) {
    return "-----BEGIN "
        + type
        + "-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
        + "\n-----END "
        + type
        + "-----\n";
  }
}
