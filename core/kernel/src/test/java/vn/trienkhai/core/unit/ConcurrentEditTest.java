package vn.trienkhai.core.unit;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.core.account.AccountService;
import vn.trienkhai.core.account.Authenticator;
import vn.trienkhai.core.error.ConflictException;
import vn.trienkhai.core.organisation.OrganisationService;
import vn.trienkhai.core.testing.PostgresTest;
import vn.trienkhai.core.testing.TestActors;
import vn.trienkhai.core.testing.TestOrganisation;
import vn.trienkhai.core.unit.UnitRequests.UpdateUnitRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two people save the same unit at the same moment, each from the version they loaded: one wins, one is told. */
@MicronautTest(transactional = false)
class ConcurrentEditTest extends PostgresTest {

    @Inject OrganisationService organisations;
    @Inject UnitService units;
    @Inject AccountService accounts;
    @Inject Authenticator authenticator;

    @Test
    void oneOfTwoSimultaneousEditsWinsAndTheOtherGetsAConflict() throws Exception {
        TestOrganisation org = new TestOrganisation(organisations, units, accounts, authenticator);
        Actor admin = TestActors.administrator(org.organisation);
        Unit loaded = units.get(admin, org.communeA.id());
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Object>> edits = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            for (String name : List.of("Xã A (người thứ nhất)", "Xã A (người thứ hai)")) {
                edits.add(CompletableFuture.supplyAsync(() -> {
                    await(start);
                    try {
                        return units.update(admin, loaded.id(), new UpdateUnitRequest(loaded.version(), loaded.kind(), loaded.code(), name, TestOrganisation.START));
                    } catch (ConflictException conflict) {
                        return conflict;
                    }
                }, threads));
            }
            start.countDown();
            List<Object> results = edits.stream().map(CompletableFuture::join).toList();
            List<Unit> saved = results.stream().filter(Unit.class::isInstance).map(Unit.class::cast).toList();
            assertEquals(1, saved.size(), results.toString());
            assertInstanceOf(ConflictException.class, results.stream().filter(ConflictException.class::isInstance).findFirst().orElseThrow());
            Unit now = units.get(admin, loaded.id());
            assertEquals(saved.getFirst().name(), now.name(), "the winner's name is kept, not overwritten");
            assertTrue(now.version() > loaded.version());
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
