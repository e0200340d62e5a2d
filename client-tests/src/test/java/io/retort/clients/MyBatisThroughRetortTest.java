package io.retort.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.apache.ibatis.datasource.pooled.PooledDataSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** MyBatis with its own pool over the Retort driver class: mapped inserts with generated keys, selects. */
class MyBatisThroughRetortTest {

    /** A row of the {@code note} table. */
    public static final class Note {
        private Long id;
        private String body;

        public Note() {}

        Note(String body) {
            this.body = body;
        }

        public Long getId() {
            return id;
        }

        public void setId(Long id) {
            this.id = id;
        }

        public String getBody() {
            return body;
        }

        public void setBody(String body) {
            this.body = body;
        }
    }

    /** The mapper MyBatis implements. */
    public interface NoteMapper {
        @Update("${ddl}")
        void createTable(@Param("ddl") String ddl);

        @Insert("INSERT INTO note (body) VALUES (#{body})")
        @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
        int insert(Note note);

        @Select("SELECT id, body FROM note WHERE body LIKE #{pattern} ORDER BY id")
        List<Note> find(@Param("pattern") String pattern);
    }

    @ParameterizedTest
    @EnumSource(Target.Kind.class)
    void mapsInsertsAndSelects(Target.Kind kind) throws Exception {
        try (Target target = Target.create(kind, "mybatis")) {
            PooledDataSource pool = new PooledDataSource("io.retort.jdbc.RetortDriver", target.retortUrl(),
                    target.user(), target.password());
            Configuration config = new Configuration(new Environment("test", new JdbcTransactionFactory(), pool));
            config.addMapper(NoteMapper.class);
            SqlSessionFactory factory = new SqlSessionFactoryBuilder().build(config);
            try (SqlSession session = factory.openSession(true)) {
                NoteMapper notes = session.getMapper(NoteMapper.class);
                notes.createTable("CREATE TABLE note (" + target.identityColumn() + ", body VARCHAR(200) NOT NULL)");
                Note first = new Note("retort wraps drivers");
                Note second = new Note("retort routes shards");
                Note other = new Note("something else");
                assertThat(notes.insert(first)).isEqualTo(1);
                notes.insert(second);
                notes.insert(other);
                assertThat(first.getId()).isNotNull();
                assertThat(second.getId()).isGreaterThan(first.getId());
                List<Note> found = notes.find("retort%");
                assertThat(found).extracting(Note::getBody).containsExactly("retort wraps drivers", "retort routes shards");
                assertThat(found).extracting(Note::getId).containsExactly(first.getId(), second.getId());
            } finally {
                pool.forceCloseAll();
            }
        }
    }
}
