"""Code benchmark items (function stubs with docstrings and examples), languages ar es pt de fr;
written apart from the corpus and from any public benchmark."""

from __future__ import annotations

CODE_ITEMS_B: dict[str, list[str]] = {
    "ar": [
        (
            "أكمل الدالة أدناه.\n"
            "\n"
            "def count_digit_sum_steps(n: int) -> int:\n"
            '    """أعد عدد المرات التي يجب فيها استبدال n بمجموع أرقامه حتى يصبح رقمًا واحدًا.\n'
            "\n"
            "    >>> count_digit_sum_steps(7)\n"
            "    0\n"
            "    >>> count_digit_sum_steps(38)\n"
            "    2\n"
            "    >>> count_digit_sum_steps(999)\n"
            "    2\n"
            '    """'
        ),
        (
            "def seq_value(n: int) -> int:\n"
            '    """تُعرَّف المتتالية كما يلي:\n'
            "    seq(0) -> 2, seq(1) -> 5, seq(n) -> seq(n-1) + 2 * seq(n-2)\n"
            "    الحدود الأولى: 2, 5, 9, 19, 37, 75\n"
            "    أعد الحد رقم n.\n"
            "\n"
            "    >>> seq_value(2)\n"
            "    9\n"
            "    >>> seq_value(4)\n"
            "    37\n"
            '    """'
        ),
        (
            "def run_length_encode(s: str) -> str:\n"
            '    """اضغط السلسلة بترميز طول التكرار: يُكتب كل حرف متبوعًا بعدد مرات تكراره المتتالي.\n'
            "\n"
            '    >>> run_length_encode("aaabcc")\n'
            "    'a3b1c2'\n"
            '    >>> run_length_encode("")\n'
            "    ''\n"
            '    """'
        ),
        (
            "def first_bad_bracket(s: str) -> int:\n"
            '    """أعد فهرس أول قوس لا يطابق، أو -1 إذا كانت الأقواس () و [] و {} متوازنة.\n'
            "    إذا بقيت أقواس مفتوحة في النهاية، أعد طول السلسلة.\n"
            "\n"
            '    >>> first_bad_bracket("([]{})")\n'
            "    -1\n"
            '    >>> first_bad_bracket("(]")\n'
            "    1\n"
            '    >>> first_bad_bracket("((")\n'
            "    2\n"
            '    """'
        ),
        (
            "def running_leaders(values: list[int]) -> list[int]:\n"
            '    """أعد العناصر التي تكون أكبر تمامًا من كل العناصر التي قبلها، بالترتيب نفسه.\n'
            "\n"
            "    مثال: المدخل [3, 1, 4, 4, 2, 7] والمخرج [3, 4, 7]\n"
            '    """'
        ),
        (
            "نفّذ هذه الدالة وأعد الشيفرة فقط.\n"
            "\n"
            "def stair_ways(n: int) -> int:\n"
            '    """عدد الطرق لصعود n درجة بخطوات طولها 1 أو 3، مع استخدام التخزين المؤقت للنتائج.\n'
            "    ways(0) -> 1, ways(1) -> 1, ways(2) -> 1, ways(n) -> ways(n-1) + ways(n-3)\n"
            "\n"
            "    >>> stair_ways(4)\n"
            "    3\n"
            "    >>> stair_ways(6)\n"
            "    6\n"
            '    """'
        ),
        (
            "/**\n"
            " * أعد عناصر المصفوفة بترتيب حلزوني في اتجاه عقارب الساعة بدءًا من الزاوية العلوية اليسرى.\n"
            " *\n"
            " * clockwiseWalk([[1, 2, 3], [4, 5, 6], [7, 8, 9]]) -> [1, 2, 3, 6, 9, 8, 7, 4, 5]\n"
            " * clockwiseWalk([[1, 2], [3, 4]]) -> [1, 2, 4, 3]\n"
            " */\n"
            "function clockwiseWalk(matrix) {\n"
            "}"
        ),
        (
            "/**\n"
            " * أعد ترتيب اليوم في السنة (من 1 إلى 366) للتاريخ المعطى، مع مراعاة السنوات الكبيسة.\n"
            " *\n"
            " * ordinalDay(2023, 1, 1) -> 1\n"
            " * ordinalDay(2023, 3, 1) -> 60\n"
            " * ordinalDay(2024, 3, 1) -> 61\n"
            " * ordinalDay(2024, 12, 31) -> 366\n"
            " */\n"
            "function ordinalDay(year: number, month: number, day: number): number {\n"
            "}"
        ),
        (
            "اكتب جسم الدالة التالية.\n"
            "\n"
            "public class PrimeRange {\n"
            "    /**\n"
            "     * أعد عدد الأعداد الأولية p التي تحقق a <= p <= b.\n"
            "     *\n"
            "     * primesInRange(1, 10) -> 4\n"
            "     * primesInRange(10, 20) -> 4\n"
            "     * primesInRange(14, 16) -> 0\n"
            "     */\n"
            "    public static int primesInRange(int a, int b) {\n"
            "    }\n"
            "}"
        ),
        (
            "// countOnes تعيد عدد البتات التي قيمتها 1 في التمثيل الثنائي للعدد n.\n"
            "//\n"
            "//   countOnes(0) -> 0\n"
            "//   countOnes(7) -> 3\n"
            "//   countOnes(10) -> 2\n"
            "func countOnes(n uint32) int {\n"
            "}"
        ),
        (
            "/// تُعطى فترات نصف مفتوحة [start, end) قد تتداخل. أعد الطول الكلي المغطّى بعد دمجها.\n"
            "///\n"
            "/// covered_length(&[(1, 4), (2, 6), (8, 10)]) -> 7\n"
            "/// covered_length(&[(0, 1), (1, 2)]) -> 2\n"
            "fn covered_length(intervals: &[(i64, i64)]) -> i64 {\n"
            "}"
        ),
        (
            "أكمل التنفيذ بحيث تنجح الأمثلة.\n"
            "\n"
            "// اعكس حالة كل حرف ثالث (الفهارس 2 و5 و8 ...) واترك بقية الأحرف كما هي.\n"
            '// مثال: المدخل "abcdefg" والمخرج "abCdeFg"\n'
            '// مثال: المدخل "HELLO" والمخرج "HElLO"\n'
            "std::string flipEveryThird(const std::string& s) {\n"
            "}"
        ),
    ],
    "es": [
        (
            "Completa la función de abajo.\n"
            "\n"
            "def collatz_steps(n: int) -> int:\n"
            '    """Devuelve cuántos pasos hacen falta para llegar a 1 aplicando la regla:\n'
            "    si n es par, n -> n // 2; si es impar, n -> 3 * n + 1.\n"
            "\n"
            "    >>> collatz_steps(1)\n"
            "    0\n"
            "    >>> collatz_steps(6)\n"
            "    8\n"
            '    """'
        ),
        (
            "def pell(n: int) -> int:\n"
            '    """Calcula el n-ésimo número de Pell.\n'
            "    pell(0) -> 0, pell(1) -> 1, pell(n) -> 2 * pell(n-1) + pell(n-2)\n"
            "    Primeros términos: 0, 1, 2, 5, 12, 29, 70\n"
            "\n"
            "    >>> pell(5)\n"
            "    29\n"
            '    """'
        ),
        (
            "def compress_ranges(nums: list[int]) -> str:\n"
            '    """Recibe una lista ordenada de enteros distintos y devuelve los tramos\n'
            '    consecutivos con el formato "a-b", separados por comas.\n'
            "\n"
            "    >>> compress_ranges([1, 2, 3, 5, 7, 8])\n"
            "    '1-3,5,7-8'\n"
            "    >>> compress_ranges([4])\n"
            "    '4'\n"
            '    """'
        ),
        (
            "def paren_depth(s: str) -> int:\n"
            '    """Devuelve la profundidad máxima de anidamiento de paréntesis en s.\n'
            "    Se supone que los paréntesis están equilibrados; los demás caracteres se ignoran.\n"
            "\n"
            '    >>> paren_depth("(a(b)c)")\n'
            "    2\n"
            '    >>> paren_depth("()()")\n'
            "    1\n"
            '    >>> paren_depth("x")\n'
            "    0\n"
            '    """'
        ),
        (
            "Implementa esta función; devuelve solo código.\n"
            "\n"
            "def gray_sequence(bits: int) -> list[int]:\n"
            '    """Devuelve los 2**bits códigos Gray en orden, donde el código i es i XOR (i >> 1).\n'
            "\n"
            "    >>> gray_sequence(2)\n"
            "    [0, 1, 3, 2]\n"
            "    >>> gray_sequence(3)\n"
            "    [0, 1, 3, 2, 6, 7, 5, 4]\n"
            '    """'
        ),
        (
            "def leap_years_between(start: int, end: int) -> int:\n"
            '    """Cuenta los años bisiestos del intervalo cerrado [start, end] según el calendario\n'
            "    gregoriano (divisibles por 4, salvo los seculares no divisibles por 400).\n"
            "\n"
            "    >>> leap_years_between(1996, 2004)\n"
            "    3\n"
            "    >>> leap_years_between(1899, 1901)\n"
            "    0\n"
            '    """'
        ),
        (
            "/// <summary>\n"
            "/// Devuelve la suma de todos los enteros positivos menores que n que son múltiplos de 3 o de 7.\n"
            "/// </summary>\n"
            "/// <example>\n"
            "/// SumMultiples(10) -> 3 + 6 + 7 + 9 = 25\n"
            "/// SumMultiples(1) -> 0\n"
            "/// </example>\n"
            "public static long SumMultiples(int n)\n"
            "{\n"
            "}"
        ),
        (
            "/**\n"
            " * Desplaza cada letra ASCII k posiciones en el alfabeto, conservando mayúsculas y\n"
            " * minúsculas; los demás caracteres no cambian.\n"
            " *\n"
            ' * Ejemplo: entrada ("Hola, Zoe", 2) salida "Jqnc, Bqg"\n'
            " */\n"
            "function shiftLetters(text, k) {\n"
            "}"
        ),
        (
            "Escribe el cuerpo de la siguiente función.\n"
            "\n"
            "/**\n"
            " * Devuelve la matriz con filas y columnas intercambiadas.\n"
            " *\n"
            " * swapRowsAndColumns([[1, 2, 3], [4, 5, 6]]) -> [[1, 4], [2, 5], [3, 6]]\n"
            " */\n"
            "public static int[][] swapRowsAndColumns(int[][] m) {\n"
            "}"
        ),
        (
            "// countPairs devuelve cuántos pares de índices i < j cumplen nums[i] + nums[j] == target.\n"
            "//\n"
            "// Ejemplo: entrada nums = [1, 5, 3, 3, 7], target = 6; salida 2\n"
            "func countPairs(nums []int, target int) int {\n"
            "}"
        ),
        (
            "/// Suma alterna de dígitos: el dígito de la derecha suma, el siguiente resta, y así sucesivamente.\n"
            "///\n"
            "/// alternating_digit_sum(1234) -> 4 - 3 + 2 - 1 = 2\n"
            "/// alternating_digit_sum(909) -> 9 - 0 + 9 = 18\n"
            "fn alternating_digit_sum(n: u64) -> i64 {\n"
            "}"
        ),
        (
            "Completa la implementación para que pasen los ejemplos.\n"
            "\n"
            "/**\n"
            " * Devuelve la media de cada ventana de k elementos consecutivos.\n"
            " *\n"
            " * movingAverage([1, 2, 3, 4, 5], 2) -> [1.5, 2.5, 3.5, 4.5]\n"
            " * movingAverage([10, 20, 30], 3) -> [20]\n"
            " */\n"
            "function movingAverage(values: number[], k: number): number[] {\n"
            "}"
        ),
    ],
    "pt": [
        (
            "Complete a função abaixo.\n"
            "\n"
            "def catalan(n: int) -> int:\n"
            '    """Calcula o n-ésimo número de Catalan usando memoização.\n'
            "    c(0) -> 1, c(n) -> soma de c(i) * c(n-1-i) para i de 0 a n-1\n"
            "    Sequência: 1, 1, 2, 5, 14, 42\n"
            "\n"
            "    >>> catalan(3)\n"
            "    5\n"
            "    >>> catalan(5)\n"
            "    42\n"
            '    """'
        ),
        (
            "def next_spoken(term: str) -> str:\n"
            '    """Gera o próximo termo da sequência "olha e diz": lê cada grupo de dígitos iguais\n'
            "    e escreve a contagem seguida do dígito.\n"
            "    1 -> 11 -> 21 -> 1211 -> 111221\n"
            "\n"
            '    >>> next_spoken("1211")\n'
            "    '111221'\n"
            '    >>> next_spoken("3")\n'
            "    '13'\n"
            '    """'
        ),
        (
            "def insertions_to_balance(s: str) -> int:\n"
            "    \"\"\"Retorna o número mínimo de parênteses '(' ou ')' que precisam ser inseridos\n"
            "    para que s fique balanceada.\n"
            "\n"
            '    >>> insertions_to_balance("())")\n'
            "    1\n"
            '    >>> insertions_to_balance(")))(((")\n'
            "    6\n"
            '    >>> insertions_to_balance("(())")\n'
            "    0\n"
            '    """'
        ),
        (
            "def weekday_of(day_of_year: int, first_weekday: int) -> int:\n"
            '    """Dado o dia da semana de 1º de janeiro (0 = segunda, ..., 6 = domingo) e o\n'
            "    número do dia no ano (1 = 1º de janeiro), retorna o dia da semana desse dia.\n"
            "\n"
            "    weekday_of(1, 3) -> 3\n"
            "    weekday_of(8, 3) -> 3\n"
            "    weekday_of(10, 6) -> 1\n"
            '    """'
        ),
        (
            "Implemente esta função; retorne apenas o código.\n"
            "\n"
            "def xor_up_to(n: int) -> int:\n"
            '    """Retorna 1 ^ 2 ^ ... ^ n (XOR bit a bit) em tempo constante.\n'
            "    Para n = 1..8: 1, 3, 0, 4, 1, 7, 0, 8\n"
            "\n"
            "    >>> xor_up_to(4)\n"
            "    4\n"
            "    >>> xor_up_to(6)\n"
            "    7\n"
            '    """'
        ),
        (
            "def chunks(text: str, size: int) -> list[str]:\n"
            '    """Divide text em pedaços de tamanho size; o último pedaço é completado com \'_\'.\n'
            "\n"
            '    >>> chunks("abcdefg", 3)\n'
            "    ['abc', 'def', 'g__']\n"
            '    >>> chunks("", 2)\n'
            "    []\n"
            '    """'
        ),
        (
            "// Converte uma string hexadecimal (dígitos 0-9 e letras a-f ou A-F) em inteiro,\n"
            "// sem usar funções de conversão da biblioteca.\n"
            '// hexToInt("ff") -> 255\n'
            '// hexToInt("1A3") -> 419\n'
            '// hexToInt("0") -> 0\n'
            "long long hexToInt(const std::string& hex) {\n"
            "}"
        ),
        (
            "Escreva o corpo da função a seguir.\n"
            "\n"
            "// Retorna quantos zeros existem no final de n! (fatorial de n).\n"
            "// ZerosAtEndOfFactorial(5) -> 1\n"
            "// ZerosAtEndOfFactorial(10) -> 2\n"
            "// ZerosAtEndOfFactorial(25) -> 6\n"
            "public static int ZerosAtEndOfFactorial(int n)\n"
            "{\n"
            "}"
        ),
        (
            "/**\n"
            " * Retorna a soma dos elementos da borda de uma matriz (primeira e última linha,\n"
            " * primeira e última coluna), contando cada elemento uma única vez.\n"
            " *\n"
            " * Exemplo: entrada [[1, 2, 3], [4, 5, 6], [7, 8, 9]] saída 40\n"
            " */\n"
            "function borderSum(grid) {\n"
            "}"
        ),
        (
            "/**\n"
            " * De uma progressão aritmética foi removido exatamente um termo interno. Retorna esse termo.\n"
            " *\n"
            " * missingTerm([2, 4, 8, 10]) -> 6\n"
            " * missingTerm([15, 10, 0]) -> 5\n"
            " */\n"
            "function missingTerm(seq: number[]): number {\n"
            "}"
        ),
        (
            "Complete a implementação para que os exemplos passem.\n"
            "\n"
            "// countIncreasing retorna quantos inteiros de 1 a n têm dígitos estritamente\n"
            "// crescentes da esquerda para a direita.\n"
            "//\n"
            "//   countIncreasing(9) -> 9\n"
            "//   countIncreasing(20) -> 17\n"
            "func countIncreasing(n int) int {\n"
            "}"
        ),
        (
            "/**\n"
            " * Retorna o número de dias do mês (1 a 12) no ano indicado, considerando anos bissextos.\n"
            " *\n"
            " * daysInMonth(2023, 2) -> 28\n"
            " * daysInMonth(2024, 2) -> 29\n"
            " * daysInMonth(2024, 4) -> 30\n"
            " */\n"
            "public static int daysInMonth(int year, int month) {\n"
            "}"
        ),
    ],
    "de": [
        (
            "Vervollständige die folgende Funktion.\n"
            "\n"
            "def perfect_numbers_below(n: int) -> list[int]:\n"
            '    """Gibt alle vollkommenen Zahlen kleiner als n zurück, also Zahlen, die gleich der\n'
            "    Summe ihrer echten Teiler sind.\n"
            "\n"
            "    >>> perfect_numbers_below(30)\n"
            "    [6, 28]\n"
            "    >>> perfect_numbers_below(6)\n"
            "    []\n"
            '    """'
        ),
        (
            "def trib(n: int) -> int:\n"
            '    """Berechnet das n-te Glied der Folge\n'
            "    t(0) -> 0, t(1) -> 0, t(2) -> 1, t(n) -> t(n-1) + t(n-2) + t(n-3)\n"
            "    Erste Glieder: 0, 0, 1, 1, 2, 4, 7, 13, 24\n"
            "\n"
            "    >>> trib(6)\n"
            "    7\n"
            "    >>> trib(8)\n"
            "    24\n"
            '    """'
        ),
        (
            "def minutes_between(start: str, end: str) -> int:\n"
            '    """Gibt die Minuten von start bis end zurück (Format "HH:MM"). Liegt end vor start,\n'
            "    wird über Mitternacht weitergezählt.\n"
            "\n"
            '    >>> minutes_between("08:15", "09:00")\n'
            "    45\n"
            '    >>> minutes_between("23:30", "00:10")\n'
            "    40\n"
            '    """'
        ),
        (
            "def flatten(items: list) -> list:\n"
            '    """Macht eine beliebig tief verschachtelte Liste flach; die Reihenfolge bleibt erhalten.\n'
            "\n"
            "    >>> flatten([1, [2, [3, 4]], [], 5])\n"
            "    [1, 2, 3, 4, 5]\n"
            '    """'
        ),
        (
            "Implementiere diese Funktion; gib nur Code zurück.\n"
            "\n"
            "def longest_run(s: str) -> tuple[str, int]:\n"
            '    """Gibt das Zeichen der längsten Folge gleicher aufeinanderfolgender Zeichen und\n'
            "    deren Länge zurück. Bei Gleichstand gewinnt die früheste Folge.\n"
            "\n"
            '    >>> longest_run("aabbbcc")\n'
            "    ('b', 3)\n"
            '    >>> longest_run("xy")\n'
            "    ('x', 1)\n"
            '    """'
        ),
        (
            "def valid_isbn10(code: str) -> bool:\n"
            '    """Prüft eine ISBN-10 ohne Bindestriche. Die letzte Stelle darf \'X\' (= 10) sein.\n'
            "    Gültig ist sie, wenn die Summe von (10 - i) * Ziffer_i für i = 0..9 durch 11 teilbar ist.\n"
            "\n"
            '    >>> valid_isbn10("0306406152")\n'
            "    True\n"
            '    >>> valid_isbn10("0306406153")\n'
            "    False\n"
            '    """'
        ),
        (
            "/// Kehrt die Reihenfolge der 8 Bits eines Bytes um.\n"
            "///\n"
            "/// reverse_byte(0b0000_0001) -> 0b1000_0000\n"
            "/// reverse_byte(0b1100_1010) -> 0b0101_0011\n"
            "fn reverse_byte(b: u8) -> u8 {\n"
            "}"
        ),
        (
            "Schreibe den Rumpf der folgenden Funktion.\n"
            "\n"
            "// intersect gibt die Schnittmengen zweier sortierter Listen disjunkter, geschlossener\n"
            "// Intervalle zurück.\n"
            "//\n"
            "// Beispiel: Eingabe a = [[0, 4], [6, 9]], b = [[2, 7]]; Ausgabe [[2, 4], [6, 7]]\n"
            "func intersect(a, b [][2]int) [][2]int {\n"
            "}"
        ),
        (
            "/// <summary>\n"
            "/// Gibt den zweitgrößten verschiedenen Wert zurück oder null, wenn es keinen gibt.\n"
            "/// </summary>\n"
            "/// SecondLargest(new[] { 4, 9, 9, 2 }) -> 4\n"
            "/// SecondLargest(new[] { 5, 5 }) -> null\n"
            "public static int? SecondLargest(int[] values)\n"
            "{\n"
            "}"
        ),
        (
            "/**\n"
            " * Wandelt eine Zeichenkette aus '0' und '1' in ihren Ganzzahlwert um, ohne\n"
            " * Integer.parseInt zu verwenden.\n"
            " *\n"
            ' * fromBinary("1011") -> 11\n'
            ' * fromBinary("0") -> 0\n'
            ' * fromBinary("100000") -> 32\n'
            " */\n"
            "public static int fromBinary(String bits) {\n"
            "}"
        ),
        (
            "Ergänze die Implementierung, sodass die Beispiele stimmen.\n"
            "\n"
            "// Durchläuft die Matrix diagonal im Zickzack: die erste Diagonale nach rechts oben,\n"
            "// die nächste nach links unten und so weiter.\n"
            "// Beispiel: Eingabe {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}} Ausgabe {1, 2, 4, 7, 5, 3, 6, 8, 9}\n"
            "std::vector<int> zigzag(const std::vector<std::vector<int>>& m) {\n"
            "}"
        ),
        (
            "/**\n"
            " * Verschränkt zwei Zeichenketten Zeichen für Zeichen; der Rest der längeren wird angehängt.\n"
            " *\n"
            ' * interleave("abc", "12") -> "a1b2c"\n'
            ' * interleave("", "xy") -> "xy"\n'
            " */\n"
            "function interleave(a, b) {\n"
            "}"
        ),
    ],
    "fr": [
        (
            "Complète la fonction ci-dessous.\n"
            "\n"
            "def odd_digit_squares(n: int) -> int:\n"
            '    """Renvoie la somme des carrés des chiffres impairs de n.\n'
            "\n"
            "    >>> odd_digit_squares(1234)\n"
            "    10\n"
            "    >>> odd_digit_squares(2468)\n"
            "    0\n"
            '    """'
        ),
        (
            "def sorted_by_magnitude(values: list[int]) -> bool:\n"
            '    """Indique si la liste est triée par valeur absolue croissante (les égalités sont permises).\n'
            "\n"
            "    >>> sorted_by_magnitude([0, -1, 2, -2, 5])\n"
            "    True\n"
            "    >>> sorted_by_magnitude([3, -2])\n"
            "    False\n"
            '    """'
        ),
        (
            "def smart_title(text: str, small: set[str]) -> str:\n"
            '    """Met en majuscule la première lettre de chaque mot, sauf pour les mots de small,\n'
            "    qui restent en minuscules, à moins d'être en première position.\n"
            "\n"
            '    >>> smart_title("le chat et la souris", {"le", "et", "la"})\n'
            "    'Le Chat et la Souris'\n"
            '    """'
        ),
        (
            "def previous_smaller(values: list[int]) -> list[int]:\n"
            '    """Pour chaque élément, renvoie l\'élément strictement plus petit le plus proche\n'
            "    situé à sa gauche, ou -1 s'il n'y en a pas.\n"
            "\n"
            "    Exemple : entrée [4, 5, 2, 10, 8] sortie [-1, 4, -1, 2, 2]\n"
            '    """'
        ),
        (
            "Implémente cette fonction ; renvoie uniquement du code.\n"
            "\n"
            "def triangular_up_to(limit: int) -> list[int]:\n"
            '    """Renvoie les nombres triangulaires T(k) = k * (k + 1) // 2, pour k >= 1,\n'
            "    inférieurs ou égaux à limit.\n"
            "    Suite : 1, 3, 6, 10, 15, 21, 28\n"
            "\n"
            "    >>> triangular_up_to(10)\n"
            "    [1, 3, 6, 10]\n"
            "    >>> triangular_up_to(0)\n"
            "    []\n"
            '    """'
        ),
        (
            "def anagram_classes(words: list[str]) -> int:\n"
            '    """Renvoie le nombre de groupes distincts de mots, deux mots appartenant au même\n'
            "    groupe s'ils utilisent exactement les mêmes lettres, avec les mêmes multiplicités.\n"
            "\n"
            '    >>> anagram_classes(["rose", "eros", "sore", "rase", "sera"])\n'
            "    2\n"
            '    """'
        ),
        (
            "/**\n"
            " * Indique si les lettres du mot alternent strictement entre voyelles (a, e, i, o, u, y)\n"
            " * et consonnes.\n"
            " *\n"
            ' * alternates("banane") -> true\n'
            ' * alternates("arbre") -> false\n'
            " */\n"
            "function alternates(word: string): boolean {\n"
            "}"
        ),
        (
            "Écris le corps de la fonction suivante.\n"
            "\n"
            "/// Décode une chaîne compressée par plages : chaque lettre est suivie de son nombre\n"
            "/// de répétitions, éventuellement écrit sur plusieurs chiffres.\n"
            "///\n"
            '/// decode_runs("a3b1c2") -> "aaabcc"\n'
            '/// decode_runs("x12") -> "xxxxxxxxxxxx"\n'
            "fn decode_runs(encoded: &str) -> String {\n"
            "}"
        ),
        (
            "// Compte les régions de cellules valant 1 reliées horizontalement ou verticalement.\n"
            "// Exemple : entrée {{1, 1, 0}, {0, 0, 1}, {1, 0, 1}} sortie 3\n"
            "int countRegions(std::vector<std::vector<int>> grid) {\n"
            "}"
        ),
        (
            "/// <summary>\n"
            "/// Fusionne deux tableaux triés en un seul tableau trié, sans doublons.\n"
            "/// </summary>\n"
            "/// <example>\n"
            "/// MergeUnique(new[] { 1, 3, 3, 7 }, new[] { 2, 3, 8 }) -> { 1, 2, 3, 7, 8 }\n"
            "/// </example>\n"
            "public static int[] MergeUnique(int[] a, int[] b)\n"
            "{\n"
            "}"
        ),
        (
            "Complète l'implémentation pour que les exemples passent.\n"
            "\n"
            "/**\n"
            " * Compte les mots de la phrase (séparés par des espaces) dont la longueur dépasse k.\n"
            " *\n"
            ' * countLongWords("le petit chat dort", 3) -> 3\n'
            ' * countLongWords("", 1) -> 0\n'
            " */\n"
            "public static int countLongWords(String sentence, int k) {\n"
            "}"
        ),
        (
            "// diagonalGap renvoie la valeur absolue de la différence entre la somme de la\n"
            "// diagonale principale et celle de l'antidiagonale d'une matrice carrée.\n"
            "//\n"
            "//   diagonalGap([][]int{{1, 2, 3}, {4, 5, 6}, {9, 8, 9}}) -> 2\n"
            "func diagonalGap(m [][]int) int {\n"
            "}"
        ),
    ],
}
