package dev.explorador.readability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Syllables counted by hand, with the division written out, for words of every shape the counter must know. */
class SyllablesTest {
    @ParameterizedTest(name = "{0} = {1} ({2})")
    @CsvSource({
        // hiatus: two strong vowels, or a weak one with an accent
        "día, 2, dí-a",
        "país, 2, pa-ís",
        "leer, 2, le-er",
        "poeta, 3, po-e-ta",
        "aéreo, 4, a-é-re-o",
        "oído, 3, o-í-do",
        "reír, 2, re-ír",
        // diphthongs and triphthongs: a weak vowel joins its neighbour
        "aire, 2, ai-re",
        "cuidado, 3, cui-da-do",
        "ciudad, 2, ciu-dad",
        "construcción, 3, cons-truc-ción",
        "huésped, 2, hués-ped",
        "buey, 1, buey",
        "Paraguay, 3, Pa-ra-guay",
        "averigüéis, 4, a-ve-ri-güéis",
        // h does not separate vowels
        "ahí, 2, a-hí",
        "ahumar, 2, ahu-mar",
        "alcohol, 3, al-co-hol",
        "búho, 2, bú-ho",
        // silent u in que/qui/gue/gui; ü is heard
        "guerra, 2, gue-rra",
        "quien, 1, quien",
        "guapo, 2, gua-po",
        "pingüino, 3, pin-güi-no",
        // y: a vowel at the end of a word or before a consonant, a consonant before a vowel
        "hoy, 1, hoy",
        "muy, 1, muy",
        "y, 1, y",
        "rayo, 2, ra-yo",
        "Python, 2, Py-thon",
        // capitals and plain words
        "Modelo, 3, Mo-de-lo",
        "acción, 2, ac-ción",
        // names that are not Spanish words: vowel groups, letter names, one per digit, runs added up
        "pipeline, 4, pi-pe-li-ne",
        "LLM, 6, e-le e-le e-me",
        "SQL, 5, e-se cu e-le",
        "2024, 4, one per digit",
        "mlflow.models.predict, 5, mlflow + mo-dels + pre-dict",
        "«champion», 2, cham-pion (quotes are not letters)",
        "—, 0, not a word",
    })
    void countsSyllables(String word, int syllables, String division) {
        assertEquals(syllables, Syllables.count(word), division);
    }
}
