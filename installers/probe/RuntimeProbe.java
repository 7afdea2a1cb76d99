import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javax.imageio.ImageIO;

/// Exercises, inside a packaged Weft runtime, what the app's libraries reach only at run time,
/// so that a jlink module list that is too short fails here rather than on a user's desk:
/// fabric8's mock API server over HTTPS (vert.x, netty, TLS with a generated certificate,
/// Jackson), a client with an informer, and a headless JavaFX snapshot written as PNG through
/// javafx.swing and ImageIO (as `weft snapshot` will).
///
/// Run by installers/check-deb.sh with the package's own java:
/// `runtime/bin/java -Dglass.platform=Headless -Dprism.order=sw -cp probe:app/lib/* RuntimeProbe OUT.png`
public final class RuntimeProbe {
  public static void main(String[] args) {
    try {
      cluster();
      snapshot(Path.of(args[0]));
      System.out.println("probe: all fine");
      System.exit(0);
    } catch (Throwable e) {
      // Print and exit: the server's and JavaFX's threads would otherwise keep the JVM alive.
      e.printStackTrace();
      System.exit(1);
    }
  }

  private static void cluster() throws Exception {
    var server =
        new KubernetesMockServer(
            new Context(), new MockWebServer(), new HashMap<>(), new KubernetesCrudDispatcher(), true);
    server.init();
    try (var client = server.createClient()) {
      var added = new CountDownLatch(1);
      var informer =
          client
              .pods()
              .inNamespace("gz-1")
              .inform(
                  new ResourceEventHandler<Pod>() {
                    @Override
                    public void onAdd(Pod pod) {
                      added.countDown();
                    }

                    @Override
                    public void onUpdate(Pod oldPod, Pod newPod) {}

                    @Override
                    public void onDelete(Pod pod, boolean finalStateUnknown) {}
                  });
      client
          .pods()
          .inNamespace("gz-1")
          .resource(
              new PodBuilder()
                  .withNewMetadata()
                  .withName("app1-0")
                  .addToLabels("app", "app1")
                  .endMetadata()
                  .build())
          .create();
      client
          .configMaps()
          .inNamespace("gz-1")
          .resource(
              new ConfigMapBuilder()
                  .withNewMetadata()
                  .withName("weft")
                  .endMetadata()
                  .addToData("zone", "gz-1")
                  .build())
          .create();
      if (!added.await(20, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the informer saw no pod");
      }
      int pods = client.pods().inNamespace("gz-1").list().getItems().size();
      informer.close();
      System.out.printf(
          "probe: mock API server over %s, informer and %d pod listed%n", server.url("/"), pods);
    } finally {
      server.destroy();
    }
  }

  private static void snapshot(Path out) throws Exception {
    var started = new CountDownLatch(1);
    Platform.startup(started::countDown);
    started.await();
    var done = new CountDownLatch(1);
    var failure = new AtomicReference<Throwable>();
    Platform.runLater(
        () -> {
          try {
            var root = new VBox(8, new Label("gateway → gz-1, gz-2, sh-1"), new Circle(24));
            var scene = new Scene(root, 320, 120);
            var image = scene.snapshot(null);
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.toFile());
          } catch (Throwable e) {
            failure.set(e);
          } finally {
            done.countDown();
          }
        });
    if (!done.await(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the snapshot did not finish");
    }
    if (failure.get() != null) {
      throw new IllegalStateException("snapshot failed", failure.get());
    }
    System.out.printf("probe: JavaFX headless snapshot, %d bytes of PNG%n", Files.size(out));
    Platform.exit();
  }
}
