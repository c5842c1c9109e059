package vn.trienkhai.modules.theory.api;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import vn.trienkhai.core.access.Actor;
import vn.trienkhai.modules.theory.FollowPlans;
import vn.trienkhai.modules.theory.PoliticalClasses;
import vn.trienkhai.modules.theory.StudySessions;
import vn.trienkhai.modules.theory.TheoryBooks;
import vn.trienkhai.modules.theory.TheoryModel.BookRecord;
import vn.trienkhai.modules.theory.TheoryModel.BookRequest;
import vn.trienkhai.modules.theory.TheoryModel.ClassRequest;
import vn.trienkhai.modules.theory.TheoryModel.DocumentReach;
import vn.trienkhai.modules.theory.TheoryModel.FollowPlan;
import vn.trienkhai.modules.theory.TheoryModel.FollowPlanRequest;
import vn.trienkhai.modules.theory.TheoryModel.FollowYear;
import vn.trienkhai.modules.theory.TheoryModel.SessionRequest;
import vn.trienkhai.modules.theory.TheoryModel.StudySession;
import vn.trienkhai.modules.theory.TheoryModel.TheoryClass;
import vn.trienkhai.modules.theory.TheoryModel.Topic;
import vn.trienkhai.modules.theory.TheoryModel.TopicRequest;

import java.util.List;

/** The module over HTTP, under its prefix: the core's gate answers 404 where the module is off; the services authorise. */
@Controller("/api/m/theory")
class TheoryController {

    private final StudySessions sessions;
    private final PoliticalClasses classes;
    private final FollowPlans plans;
    private final TheoryBooks books;

    TheoryController(StudySessions sessions, PoliticalClasses classes, FollowPlans plans, TheoryBooks books) {
        this.sessions = sessions;
        this.classes = classes;
        this.plans = plans;
        this.books = books;
    }

    /** The sessions held at or below a unit, the latest first. */
    @Get("/units/{unitId}/sessions")
    List<StudySession> sessions(Actor actor, long unitId) {
        return sessions.ofUnit(actor, unitId);
    }

    @Post("/sessions")
    @Status(HttpStatus.CREATED)
    StudySession recordSession(Actor actor, @Body SessionRequest request) {
        return sessions.save(actor, null, request);
    }

    @Put("/sessions/{id}")
    StudySession correctSession(Actor actor, long id, @Body SessionRequest request) {
        return sessions.save(actor, id, request);
    }

    /** Who studied a document down its cascade, and the party bodies that have not. */
    @Get("/documents/{documentId}/reach")
    DocumentReach reach(Actor actor, long documentId) {
        return sessions.reach(actor, documentId);
    }

    @Get("/classes")
    List<TheoryClass> classes(Actor actor) {
        return classes.list(actor);
    }

    @Post("/classes")
    @Status(HttpStatus.CREATED)
    TheoryClass recordClass(Actor actor, @Body ClassRequest request) {
        return classes.save(actor, null, request);
    }

    @Put("/classes/{id}")
    TheoryClass correctClass(Actor actor, long id, @Body ClassRequest request) {
        return classes.save(actor, id, request);
    }

    /** The year's topic, the plans registered and the party bodies without one. */
    @Get("/follow/{year}")
    FollowYear follow(Actor actor, int year) {
        return plans.year(actor, year);
    }

    @Post("/topics")
    @Status(HttpStatus.CREATED)
    Topic setTopic(Actor actor, @Body TopicRequest request) {
        return plans.saveTopic(actor, null, request);
    }

    @Put("/topics/{id}")
    Topic correctTopic(Actor actor, long id, @Body TopicRequest request) {
        return plans.saveTopic(actor, id, request);
    }

    @Post("/follow-plans")
    @Status(HttpStatus.CREATED)
    FollowPlan registerPlan(Actor actor, @Body FollowPlanRequest request) {
        return plans.save(actor, null, request);
    }

    @Put("/follow-plans/{id}")
    FollowPlan correctPlan(Actor actor, long id, @Body FollowPlanRequest request) {
        return plans.save(actor, id, request);
    }

    @Get("/books")
    List<BookRecord> books(Actor actor) {
        return books.list(actor);
    }

    @Post("/books")
    @Status(HttpStatus.CREATED)
    BookRecord recordBooks(Actor actor, @Body BookRequest request) {
        return books.save(actor, null, request);
    }

    @Put("/books/{id}")
    BookRecord correctBooks(Actor actor, long id, @Body BookRequest request) {
        return books.save(actor, id, request);
    }
}
