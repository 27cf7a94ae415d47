"""Code benchmark items (function stubs with docstrings and examples), languages en zh ru ja ko;
written apart from the corpus and from any public benchmark."""

from __future__ import annotations

CODE_ITEMS_A: dict[str, list[str]] = {
    "en": [
        (
            "def tribonacci(n: int) -> int:\n"
            '    """Return the n-th term of the sequence defined by\n'
            "    t(0) -> 0, t(1) -> 0, t(2) -> 1, t(n) -> t(n-1) + t(n-2) + t(n-3).\n"
            "    The first terms are 0, 0, 1, 1, 2, 4, 7, 13, 24.\n"
            "\n"
            "    >>> tribonacci(4)\n"
            "    2\n"
            "    >>> tribonacci(8)\n"
            "    24\n"
            '    """'
        ),
        (
            "Complete the function below.\n"
            "\n"
            "def digit_sum_steps(n: int) -> int:\n"
            '    """Count how many times the digits of a non-negative integer must be\n'
            "    summed until a single digit remains.\n"
            "\n"
            "    >>> digit_sum_steps(9875)\n"
            "    3\n"
            "    >>> digit_sum_steps(7)\n"
            "    0\n"
            '    """'
        ),
        (
            "def brackets_balanced(s: str) -> bool:\n"
            '    """Return True if every (, [ and { in s is closed by the matching\n'
            "    bracket in the right order. Characters that are not brackets are ignored.\n"
            "\n"
            '    >>> brackets_balanced("a[b(c)]{d}")\n'
            "    True\n"
            '    >>> brackets_balanced("([)]")\n'
            "    False\n"
            '    >>> brackets_balanced("")\n'
            "    True\n"
            '    """'
        ),
        (
            "def merge_touching(intervals: list[tuple[int, int]]) -> list[tuple[int, int]]:\n"
            '    """Merge closed intervals that overlap or touch (one ends where the next\n'
            "    starts). The input may be unsorted; return the result sorted by start.\n"
            "\n"
            "    Example: input [(8, 9), (1, 3), (3, 5)] output [(1, 5), (8, 9)]\n"
            "    Example: input [] output []\n"
            '    """'
        ),
        (
            "def rle_decode(s: str) -> str:\n"
            '    """Decode a run-length string in which every letter is preceded by\n'
            "    its count (the count may have several digits).\n"
            "\n"
            '    rle_decode("3a2b1c") -> "aaabbc"\n'
            '    rle_decode("12x") -> "xxxxxxxxxxxx"\n'
            '    """'
        ),
        (
            "Implement this function; return only code.\n"
            "\n"
            "def days_between(start: str, end: str) -> int:\n"
            '    """Return the number of days from start to end, both given as\n'
            '    ISO dates "YYYY-MM-DD". The result is negative if end is earlier.\n'
            "\n"
            '    >>> days_between("2024-02-27", "2024-03-01")\n'
            "    3\n"
            '    >>> days_between("2023-01-10", "2023-01-01")\n'
            "    -9\n"
            '    """'
        ),
        (
            "/**\n"
            " * Return the elements of a rectangular matrix in clockwise spiral order,\n"
            " * starting at the top-left corner.\n"
            " *\n"
            " * spiralOrder([[1, 2, 3], [4, 5, 6], [7, 8, 9]]) -> [1, 2, 3, 6, 9, 8, 7, 4, 5]\n"
            " * spiralOrder([[1, 2], [3, 4], [5, 6]]) -> [1, 2, 4, 6, 5, 3]\n"
            " */\n"
            "function spiralOrder(matrix) {\n"
            "}"
        ),
        (
            "Complete the function below.\n"
            "\n"
            "/**\n"
            " * Return an array of length n + 1 whose i-th element is the number of\n"
            " * 1 bits in the binary form of i.\n"
            " *\n"
            " * Example: input 5, output [0, 1, 1, 2, 1, 2]\n"
            " * Example: input 0, output [0]\n"
            " */\n"
            "function bitCounts(n: number): number[] {\n"
            "}"
        ),
        (
            "/**\n"
            " * Return the k-th prime number, counting from 1.\n"
            " * The primes begin 2, 3, 5, 7, 11, 13, 17, 19.\n"
            " *\n"
            " * nthPrime(1) -> 2\n"
            " * nthPrime(6) -> 13\n"
            " */\n"
            "public static int nthPrime(int k) {\n"
            "}"
        ),
        (
            "// CompressRanges takes a sorted slice of distinct integers and writes\n"
            '// each run of consecutive values as "a-b"; single values stay alone.\n'
            "// Parts are joined with commas.\n"
            "//\n"
            '// Example: input [1 2 3 5 7 8], output "1-3,5,7-8"\n'
            '// Example: input [4], output "4"\n'
            "func CompressRanges(nums []int) string {\n"
            "}"
        ),
        (
            "Implement this function; return only code.\n"
            "\n"
            '/// Return how many steps the rule "n -> n / 2 if n is even,\n'
            '/// n -> 3n + 1 if n is odd" takes to reach 1.\n'
            "///\n"
            "/// collatz_steps(1) -> 0\n"
            "/// collatz_steps(6) -> 8\n"
            "/// collatz_steps(7) -> 16\n"
            "fn collatz_steps(n: u64) -> u32 {\n"
            "}"
        ),
        (
            "// Count the paths from the top-left to the bottom-right cell of a\n"
            "// rows x cols grid when each move goes one cell right or one cell down.\n"
            "// paths(1, c) -> 1, paths(r, 1) -> 1,\n"
            "// paths(r, c) -> paths(r - 1, c) + paths(r, c - 1).\n"
            "// Use memoization.\n"
            "//\n"
            "// countPaths(3, 3) -> 6\n"
            "// countPaths(2, 4) -> 4\n"
            "long long countPaths(int rows, int cols) {\n"
            "}"
        ),
    ],
    "zh": [
        (
            "def pell(n: int) -> int:\n"
            '    """返回佩尔数列的第 n 项，定义为\n'
            "    P(0) -> 0, P(1) -> 1, P(n) -> 2 * P(n-1) + P(n-2)。\n"
            "    前几项为 0, 1, 2, 5, 12, 29, 70。\n"
            "\n"
            "    >>> pell(5)\n"
            "    29\n"
            "    >>> pell(0)\n"
            "    0\n"
            '    """'
        ),
        (
            "请补全下面的函数。\n"
            "\n"
            "def alternate_case(s: str) -> str:\n"
            '    """只对字母交替使用大写和小写，第一个字母大写；\n'
            "    非字母字符保持不变，也不参与计数。\n"
            "\n"
            '    >>> alternate_case("hello world")\n'
            "    'HeLlO wOrLd'\n"
            '    >>> alternate_case("a-b-c")\n'
            "    'A-b-C'\n"
            '    """'
        ),
        (
            "def second_largest_distinct(nums: list[int]) -> int | None:\n"
            '    """返回列表中第二大的不同值；如果不同的值少于两个，返回 None。\n'
            "\n"
            "    示例：输入 [4, 1, 4, 3]，输出 3\n"
            "    示例：输入 [7, 7]，输出 None\n"
            '    """'
        ),
        (
            "def is_happy(n: int) -> bool:\n"
            '    """反复把正整数替换为其各位数字的平方和。\n'
            "    如果最终得到 1 则返回 True，如果进入不含 1 的循环则返回 False。\n"
            "\n"
            "    is_happy(19) -> True    # 19 -> 82 -> 68 -> 100 -> 1\n"
            "    is_happy(4) -> False\n"
            '    """'
        ),
        (
            "实现这个函数，只返回代码。\n"
            "\n"
            "def weekday_of(year: int, month: int, day: int) -> int:\n"
            '    """返回公历日期是星期几：0 表示星期一，6 表示星期日。\n'
            "    不要使用 datetime 模块。\n"
            "\n"
            "    >>> weekday_of(2024, 1, 1)\n"
            "    0\n"
            "    >>> weekday_of(2000, 1, 1)\n"
            "    5\n"
            '    """'
        ),
        (
            "def rle_pairs(items: list[int]) -> list[tuple[int, int]]:\n"
            '    """把相邻的相同元素压缩为 (值, 次数) 对。\n'
            "\n"
            "    >>> rle_pairs([1, 1, 2, 2, 2, 1])\n"
            "    [(1, 2), (2, 3), (1, 1)]\n"
            "    >>> rle_pairs([])\n"
            "    []\n"
            '    """'
        ),
        (
            "/**\n"
            " * 返回字符串中圆括号的最大嵌套深度，其他字符忽略。\n"
            " * 如果括号不配对，返回 -1。\n"
            " *\n"
            ' * maxDepth("(a(b)c)") -> 2\n'
            ' * maxDepth("())(") -> -1\n'
            ' * maxDepth("") -> 0\n'
            " */\n"
            "function maxDepth(s) {\n"
            "}"
        ),
        (
            "/**\n"
            " * 按顺序把数字分成连续的组，每组之和不超过 limit，\n"
            " * 贪心地让每组尽量长。假设每个元素都不大于 limit。\n"
            " *\n"
            " * 示例：输入 nums = [3, 4, 2, 5, 1], limit = 6\n"
            " *       输出 [[3], [4, 2], [5, 1]]\n"
            " */\n"
            "function chunkBySum(nums: number[], limit: number): number[][] {\n"
            "}"
        ),
        (
            "请完成下面的方法。\n"
            "\n"
            "/**\n"
            " * 把 0 到 255 之间的整数的 8 个二进制位倒序排列后返回。\n"
            " *\n"
            " * reverseBits8(1) -> 128\n"
            " * reverseBits8(6) -> 96    // 00000110 -> 01100000\n"
            " */\n"
            "public static int reverseBits8(int b) {\n"
            "}"
        ),
        (
            "请实现这个函数。\n"
            "\n"
            "// Transpose 返回矩阵的转置：第 i 行第 j 列的元素移到第 j 行第 i 列。\n"
            "//\n"
            "// 示例：输入 [[1 2 3] [4 5 6]]，输出 [[1 4] [2 5] [3 6]]\n"
            "func Transpose(m [][]int) [][]int {\n"
            "}"
        ),
        (
            "/// 返回第 n 个卡塔兰数，定义为\n"
            "/// C(0) -> 1, C(n + 1) -> C(0) * C(n) + C(1) * C(n - 1) + ... + C(n) * C(0)。\n"
            "/// 数列为 1, 1, 2, 5, 14, 42, 132。\n"
            "///\n"
            "/// catalan(4) -> 14\n"
            "/// catalan(6) -> 132\n"
            "fn catalan(n: u32) -> u64 {\n"
            "}"
        ),
        (
            "/// <summary>\n"
            "/// 返回字符串中由同一字符组成的最长连续段的长度。\n"
            "/// 空字符串返回 0。\n"
            "/// </summary>\n"
            '/// LongestRun("aabbbbcc") -> 4\n'
            '/// LongestRun("xyz") -> 1\n'
            "public static int LongestRun(string s)\n"
            "{\n"
            "}"
        ),
    ],
    "ru": [
        (
            "Допишите функцию ниже.\n"
            "\n"
            "def jacobsthal(n: int) -> int:\n"
            '    """Вернуть n-й член последовательности Якобсталя:\n'
            "    J(0) -> 0, J(1) -> 1, J(n) -> J(n-1) + 2 * J(n-2).\n"
            "    Первые члены: 0, 1, 1, 3, 5, 11, 21, 43.\n"
            "\n"
            "    >>> jacobsthal(6)\n"
            "    21\n"
            "    >>> jacobsthal(1)\n"
            "    1\n"
            '    """'
        ),
        (
            "def squeeze_spaces(s: str) -> str:\n"
            '    """Заменить каждую группу подряд идущих пробелов одним пробелом\n'
            "    и убрать пробелы в начале и в конце строки.\n"
            "\n"
            '    >>> squeeze_spaces("  a   b c ")\n'
            "    'a b c'\n"
            '    >>> squeeze_spaces("   ")\n'
            "    ''\n"
            '    """'
        ),
        (
            "def primes_between(a: int, b: int) -> list[int]:\n"
            '    """Вернуть все простые числа на отрезке [a, b] по возрастанию.\n'
            "\n"
            "    Пример: вход (10, 30), выход [11, 13, 17, 19, 23, 29]\n"
            "    Пример: вход (0, 1), выход []\n"
            '    """'
        ),
        (
            "def multiplicative_persistence(n: int) -> int:\n"
            '    """Сколько раз нужно перемножить цифры неотрицательного числа,\n'
            "    пока не останется одна цифра.\n"
            "\n"
            "    multiplicative_persistence(39) -> 3     # 39 -> 27 -> 14 -> 4\n"
            "    multiplicative_persistence(999) -> 4\n"
            "    multiplicative_persistence(5) -> 0\n"
            '    """'
        ),
        (
            "Реализуйте функцию; верните только код.\n"
            "\n"
            "def rotate_clockwise(m: list[list[int]]) -> list[list[int]]:\n"
            '    """Повернуть прямоугольную матрицу на 90 градусов по часовой стрелке\n'
            "    и вернуть новую матрицу, не изменяя исходную.\n"
            "\n"
            "    >>> rotate_clockwise([[1, 2], [3, 4]])\n"
            "    [[3, 1], [4, 2]]\n"
            "    >>> rotate_clockwise([[1, 2, 3]])\n"
            "    [[1], [2], [3]]\n"
            '    """'
        ),
        (
            "def add_minutes(hhmm: str, minutes: int) -> str:\n"
            '    """Прибавить к времени "ЧЧ:ММ" указанное число минут и вернуть\n'
            "    результат в том же формате; после полуночи отсчёт начинается заново.\n"
            "\n"
            '    >>> add_minutes("23:50", 25)\n'
            "    '00:15'\n"
            '    >>> add_minutes("08:05", 70)\n'
            "    '09:15'\n"
            '    """'
        ),
        (
            "/**\n"
            " * Проверить, что последовательность тегов правильно вложена:\n"
            ' * каждый открывающий тег "<x>" закрывается тегом "</x>" в нужном порядке.\n'
            " *\n"
            ' * tagsNested(["<a>", "<b>", "</b>", "</a>"]) -> true\n'
            ' * tagsNested(["<a>", "</b>"]) -> false\n'
            " * tagsNested([]) -> true\n"
            " */\n"
            "function tagsNested(tags) {\n"
            "}"
        ),
        (
            "Допишите функцию.\n"
            "\n"
            "/**\n"
            " * Вернуть наибольший общий делитель всех чисел массива.\n"
            " * Для пустого массива вернуть 0.\n"
            " *\n"
            " * Пример: вход [12, 18, 30], выход 6\n"
            " * Пример: вход [7], выход 7\n"
            " */\n"
            "function gcdOfList(nums: number[]): number {\n"
            "}"
        ),
        (
            "/**\n"
            " * Вернуть массив, в котором i-й элемент равен максимуму\n"
            " * элементов a[0..i].\n"
            " *\n"
            " * runningMax([3, 1, 4, 1, 5]) -> [3, 3, 4, 4, 5]\n"
            " * runningMax([]) -> []\n"
            " */\n"
            "public static int[] runningMax(int[] a) {\n"
            "}"
        ),
        (
            "// TrailingZeros возвращает количество нулевых младших битов числа n.\n"
            "// Для n == 0 результат равен 32.\n"
            "//\n"
            "// TrailingZeros(8) -> 3\n"
            "// TrailingZeros(12) -> 2\n"
            "// TrailingZeros(0) -> 32\n"
            "func TrailingZeros(n uint32) int {\n"
            "}"
        ),
        (
            "/// Вернуть n-е число Люка: L(0) -> 2, L(1) -> 1, L(n) -> L(n-1) + L(n-2).\n"
            "/// Последовательность: 2, 1, 3, 4, 7, 11, 18, 29.\n"
            "///\n"
            "/// lucas(0) -> 2\n"
            "/// lucas(6) -> 18\n"
            "fn lucas(n: u32) -> u64 {\n"
            "}"
        ),
        (
            "Допишите функцию ниже; верните только код.\n"
            "\n"
            "// Сдвинуть каждую латинскую букву на k позиций вперёд по алфавиту\n"
            "// с переходом от z к a, сохраняя регистр. Остальные символы не менять.\n"
            "//\n"
            '// caesarShift("abz", 2) -> "cdb"\n'
            '// caesarShift("Hi!", 1) -> "Ij!"\n'
            "std::string caesarShift(const std::string& s, int k) {\n"
            "}"
        ),
    ],
    "ja": [
        (
            "def padovan(n: int) -> int:\n"
            '    """パドヴァン数列の第 n 項を返します。\n'
            "    P(0) -> 1, P(1) -> 1, P(2) -> 1, P(n) -> P(n-2) + P(n-3)。\n"
            "    最初の項は 1, 1, 1, 2, 2, 3, 4, 5, 7, 9 です。\n"
            "\n"
            "    >>> padovan(8)\n"
            "    7\n"
            "    >>> padovan(3)\n"
            "    2\n"
            '    """'
        ),
        (
            "次の関数を完成させてください。\n"
            "\n"
            "def is_rotation(a: str, b: str) -> bool:\n"
            '    """b が a の文字を循環的にずらしたものであれば True を返します。\n'
            "    長さが異なる場合は False です。\n"
            "\n"
            '    >>> is_rotation("abcd", "cdab")\n'
            "    True\n"
            '    >>> is_rotation("abc", "acb")\n'
            "    False\n"
            '    """'
        ),
        (
            "def kaprekar_steps(n: int) -> int:\n"
            '    """すべて同じ数字ではない 4 桁の数について、「数字を降順に並べた数から\n'
            "    昇順に並べた数を引く」操作を 6174 になるまで繰り返した回数を返します。\n"
            "    先頭のゼロも 4 桁として扱います。\n"
            "\n"
            "    kaprekar_steps(3524) -> 3    # 3524 -> 3087 -> 8352 -> 6174\n"
            "    kaprekar_steps(6174) -> 0\n"
            '    """'
        ),
        (
            "def split_camel(name: str) -> list[str]:\n"
            '    """キャメルケースの識別子を単語に分割します。\n'
            "    大文字は新しい単語の始まりを表します。\n"
            "\n"
            '    例: 入力 "parseHttpRequest" 出力 ["parse", "Http", "Request"]\n'
            '    例: 入力 "x" 出力 ["x"]\n'
            '    """'
        ),
        (
            "この関数を実装してください。コードのみを返してください。\n"
            "\n"
            "def is_leap(year: int) -> bool:\n"
            '    """グレゴリオ暦で year がうるう年なら True を返します。\n'
            "\n"
            "    >>> is_leap(1900)\n"
            "    False\n"
            "    >>> is_leap(2000)\n"
            "    True\n"
            "    >>> is_leap(2024)\n"
            "    True\n"
            '    """'
        ),
        (
            "def odd_parity(n: int) -> bool:\n"
            '    """非負整数 n の 2 進表現に含まれる 1 の個数が奇数なら True を返します。\n'
            "\n"
            "    odd_parity(7) -> True     # 111\n"
            "    odd_parity(5) -> False    # 101\n"
            "    odd_parity(0) -> False\n"
            '    """'
        ),
        (
            "/**\n"
            " * 空白で区切られた小文字の単語からなる文字列を受け取り、\n"
            " * 出現回数の多い順に上位 k 個の単語を返します。\n"
            " * 回数が同じ場合はアルファベット順にします。\n"
            " *\n"
            ' * topWords("b a b c a b", 2) -> ["b", "a"]\n'
            ' * topWords("x y", 5) -> ["x", "y"]\n'
            " */\n"
            "function topWords(text, k) {\n"
            "}"
        ),
        (
            "/**\n"
            " * 2 つの閉区間が重なる部分の長さを返します。重ならなければ 0 です。\n"
            " *\n"
            " * 例: 入力 [1, 5], [3, 9] 出力 2\n"
            " * 例: 入力 [1, 2], [4, 6] 出力 0\n"
            " */\n"
            "function overlapLength(a: [number, number], b: [number, number]): number {\n"
            "}"
        ),
        (
            "次のメソッドを完成させてください。\n"
            "\n"
            "/**\n"
            " * 非負整数 n を base 進数（2 から 16）の文字列に変換します。\n"
            " * 10 以上の数字には大文字の A から F を使います。\n"
            " *\n"
            ' * toBase(255, 16) -> "FF"\n'
            ' * toBase(10, 2) -> "1010"\n'
            ' * toBase(0, 7) -> "0"\n'
            " */\n"
            "public static String toBase(int n, int base) {\n"
            "}"
        ),
        (
            "// IsTriangular は x が三角数 1, 3, 6, 10, 15, 21, ... のいずれかであれば\n"
            "// true を返します。三角数は T(1) -> 1, T(n) -> T(n-1) + n で定義されます。\n"
            "//\n"
            "// IsTriangular(10) -> true\n"
            "// IsTriangular(11) -> false\n"
            "func IsTriangular(x int) bool {\n"
            "}"
        ),
        (
            "次の関数を実装してください。\n"
            "\n"
            "/// 厳密に増加する連続部分列のうち最も長いものの長さを返します。\n"
            "/// 空のスライスでは 0 を返します。\n"
            "///\n"
            "/// longest_increasing_run(&[1, 2, 2, 3, 4, 5, 1]) -> 4\n"
            "/// longest_increasing_run(&[5, 4, 3]) -> 1\n"
            "fn longest_increasing_run(v: &[i32]) -> usize {\n"
            "}"
        ),
        (
            "/// <summary>\n"
            "/// 指定された年と月（1 から 12）の日数を返します。うるう年を考慮します。\n"
            "/// </summary>\n"
            "/// DaysInMonth(2023, 2) -> 28\n"
            "/// DaysInMonth(2024, 2) -> 29\n"
            "/// DaysInMonth(2024, 4) -> 30\n"
            "public static int DaysInMonth(int year, int month)\n"
            "{\n"
            "}"
        ),
    ],
    "ko": [
        (
            "def hexagonal(n: int) -> int:\n"
            '    """n번째 육각수를 반환합니다.\n'
            "    h(1) -> 1, h(n) -> h(n-1) + 4n - 3 으로 정의되며\n"
            "    수열은 1, 6, 15, 28, 45, 66 입니다.\n"
            "\n"
            "    >>> hexagonal(4)\n"
            "    28\n"
            "    >>> hexagonal(1)\n"
            "    1\n"
            '    """'
        ),
        (
            "아래 함수를 완성하세요.\n"
            "\n"
            "def mask_middle(s: str) -> str:\n"
            '    """첫 글자와 마지막 글자만 남기고 나머지를 모두 \'*\'로 바꿉니다.\n'
            "    길이가 2 이하이면 그대로 반환합니다.\n"
            "\n"
            '    >>> mask_middle("password")\n'
            "    'p******d'\n"
            '    >>> mask_middle("ab")\n'
            "    'ab'\n"
            '    """'
        ),
        (
            "def count_divisible(lo: int, hi: int, k: int) -> int:\n"
            '    """닫힌 구간 [lo, hi]에서 k로 나누어떨어지는 정수의 개수를 반환합니다.\n'
            "\n"
            "    예: 입력 (10, 30, 7) 출력 3    # 14, 21, 28\n"
            "    예: 입력 (1, 1, 2) 출력 0\n"
            '    """'
        ),
        (
            "def nearest_smaller_left(nums: list[int]) -> list[int]:\n"
            '    """각 원소에 대해 왼쪽에 있는 값 중 가장 가까운, 그 원소보다 작은 값을\n'
            "    반환합니다. 없으면 -1을 넣습니다.\n"
            "\n"
            "    >>> nearest_smaller_left([4, 5, 2, 10, 8])\n"
            "    [-1, 4, -1, 2, 2]\n"
            '    """'
        ),
        (
            "이 함수를 구현하세요. 코드만 반환하세요.\n"
            "\n"
            "def ackermann(m: int, n: int) -> int:\n"
            '    """다음 재귀 정의를 따르는 값을 반환합니다.\n'
            "    A(0, n) -> n + 1\n"
            "    A(m, 0) -> A(m - 1, 1)\n"
            "    A(m, n) -> A(m - 1, A(m, n - 1))\n"
            "    작은 m, n 값만 주어집니다.\n"
            "\n"
            "    >>> ackermann(1, 2)\n"
            "    4\n"
            "    >>> ackermann(2, 3)\n"
            "    9\n"
            '    """'
        ),
        (
            "def expand_ranges(s: str) -> list[int]:\n"
            '    """쉼표로 이어진 "a-b" 형태의 구간과 단일 숫자로 이루어진 문자열을\n'
            "    정수 목록으로 펼칩니다.\n"
            "\n"
            '    expand_ranges("1-3,7,9-10") -> [1, 2, 3, 7, 9, 10]\n'
            '    expand_ranges("5") -> [5]\n'
            '    """'
        ),
        (
            "아래 함수를 완성하세요.\n"
            "\n"
            "/**\n"
            " * 행 번호와 열 번호의 합이 짝수인 칸의 값을 모두 더합니다.\n"
            " *\n"
            " * checkerSum([[1, 2], [3, 4]]) -> 5\n"
            " * checkerSum([[1, 2, 3]]) -> 4\n"
            " */\n"
            "function checkerSum(matrix) {\n"
            "}"
        ),
        (
            "/**\n"
            ' * "HH:MM" 형식의 두 시각 사이가 몇 분인지 반환합니다.\n'
            " * b가 a보다 이르면 다음 날의 시각으로 봅니다.\n"
            " *\n"
            ' * 예: 입력 ("22:30", "01:15") 출력 165\n'
            ' * 예: 입력 ("09:00", "09:45") 출력 45\n'
            " */\n"
            "function minutesBetween(a: string, b: string): number {\n"
            "}"
        ),
        (
            "/**\n"
            " * i < j 이면서 a[i] > a[j]인 쌍의 개수를 반환합니다.\n"
            " *\n"
            " * countInversions([2, 4, 1, 3, 5]) -> 3\n"
            " * countInversions([1, 2, 3]) -> 0\n"
            " */\n"
            "public static int countInversions(int[] a) {\n"
            "}"
        ),
        (
            "이 함수를 구현하세요.\n"
            "\n"
            "// RotateRight는 문자열을 오른쪽으로 k칸 순환 이동한 결과를 반환합니다.\n"
            "// k는 문자열 길이보다 클 수 있습니다.\n"
            "//\n"
            '// RotateRight("abcdef", 2) -> "efabcd"\n'
            '// RotateRight("abc", 4) -> "cab"\n'
            "func RotateRight(s string, k int) string {\n"
            "}"
        ),
        (
            "/// 한 번에 1, 2, 3계단씩 오를 때 n계단을 오르는 방법의 수를 반환합니다.\n"
            "/// w(0) -> 1, w(1) -> 1, w(2) -> 2, w(n) -> w(n-1) + w(n-2) + w(n-3)\n"
            "/// 수열: 1, 1, 2, 4, 7, 13, 24\n"
            "///\n"
            "/// stair_ways(5) -> 13\n"
            "fn stair_ways(n: u32) -> u64 {\n"
            "}"
        ),
        (
            "// 0이 아닌 x에서 가장 높은 1 비트의 위치(0부터 시작)를 반환합니다.\n"
            "// x가 0이면 -1을 반환합니다.\n"
            "//\n"
            "// highestBit(1) -> 0\n"
            "// highestBit(40) -> 5\n"
            "// highestBit(0) -> -1\n"
            "int highestBit(unsigned int x) {\n"
            "}"
        ),
    ],
}
