// fast-check arbitraries for form values that mix valid and invalid pieces, weighted towards valid so
// that both "form accepts" and "form rejects" happen often.
import fc from 'fast-check'
import { ROOT_CA_PEM, LEAF_PEM, TEST_EC_PRIVATE_KEY_PEM } from '../../tls/test-certificates'
import { AUTH_CHOICES } from '../backend-cluster-form-values'
import type { BackendClusterFormValues } from '../backend-cluster-form-values'

const REFERENCE = "${vault.env['KAFKA_SECRET']}"

function mostly<T>(valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return fc.oneof({ arbitrary: valid, weight: 4 }, { arbitrary: invalid, weight: 1 })
}

const NAME_CHARS = [
  'a',
  'Z',
  '5',
  'é',
  'ß',
  '漢',
  '𝒜',
  '٣',
  'ǅ',
  ' ',
  '_',
  '-',
  '.',
  ':',
  '/',
  '+',
  "'",
]
const BAD_NAME_CHARS = ['!', '@', '\t', '😀', '\u00a0', '\n', '"', '*']
const LETTERS = ['a', 'é', '𝒜', '7', '٣', '漢']

const nameArbitrary = fc.oneof(
  fc.array(fc.constantFrom(...NAME_CHARS), { maxLength: 8 }).map((chars) => `a${chars.join('')}b`),
  fc
    .array(fc.constantFrom(...NAME_CHARS, ...BAD_NAME_CHARS), { maxLength: 8 })
    .map((c) => c.join('')),
  fc
    .tuple(fc.constantFrom(1, 2, 254, 255, 256), fc.constantFrom(...LETTERS))
    .map(([length, letter]) => letter.repeat(length)),
  fc
    .tuple(fc.constantFrom(' ', '  ', '\t'), fc.constantFrom('ab', 'x y', 'a'))
    .map(([pad, name]) => `${pad}${name}${pad}`),
)

const descriptionArbitrary = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom('x'.repeat(512), 'x'.repeat(513), '😀'.repeat(512), '😀'.repeat(513), '  '),
)

const HOSTS = [
  'kafka',
  'a.b-c',
  '10.0.0.1',
  '[::1]',
  '[fe80::1]',
  '[FE80::ab]',
  'localhost',
  'KAFKA',
]
const BAD_HOSTS = ['fe80::1', 'ho st', '', '[zz::1]', '[::1', 'kafka_1', 'ünï']
const PORTS = ['9092', '1', '65535', '09092']
const BAD_PORTS = ['0', '65536', '999999', '', 'x', '-1', '99999999999999999999']

const serverArbitrary = fc.oneof(
  {
    arbitrary: fc
      .tuple(fc.constantFrom(...HOSTS), fc.constantFrom(...PORTS))
      .map(([h, p]) => `${h}:${p}`),
    weight: 6,
  },
  fc
    .tuple(fc.constantFrom(...HOSTS, ...BAD_HOSTS), fc.constantFrom(...PORTS, ...BAD_PORTS))
    .map(([h, p]) => `${h}:${p}`),
  fc.constantFrom('kafka', '', '  ', ' kafka:9092 ', 'a:1,b:2'),
)

const LABEL_KEYS = ['env', 'team', 'app.io/name', 'a b', 'ключ', '__proto__', 'k'.repeat(63)]
const BAD_LABEL_KEYS = [
  '',
  'kong-x',
  'Kong',
  'KONNECT1',
  'mesh',
  'kic.io',
  '_a',
  'k'.repeat(64),
  '𝒜'.repeat(32),
]
const LABEL_VALUES = ['prod', 'a', 'a.b_c-d', 'v'.repeat(63), 'A1']
const BAD_LABEL_VALUES = ['', '-a', 'a-', 'a b', 'ü', 'v'.repeat(64), '.']

const labelRowArbitrary = fc.record({
  key: mostly(fc.constantFrom(...LABEL_KEYS), fc.constantFrom(...BAD_LABEL_KEYS)),
  value: mostly(fc.constantFrom(...LABEL_VALUES), fc.constantFrom(...BAD_LABEL_VALUES)),
})

const labelsArbitrary = fc.oneof(
  { arbitrary: fc.array(labelRowArbitrary, { maxLength: 4 }), weight: 8 },
  fc.constant<BackendClusterFormValues['labels']>([{ key: '', value: '' }]),
  fc.tuple(fc.integer({ min: 48, max: 52 }), fc.boolean()).map(([count, duplicate]) => {
    const rows = Array.from({ length: count }, (_, i) => ({ key: `k${i}`, value: 'v' }))
    return duplicate ? [...rows, { key: 'k0', value: 'w' }] : rows
  }),
)

const secretValues = ['p', ' p@ss ', REFERENCE]

export const formValuesArbitrary: fc.Arbitrary<BackendClusterFormValues> = fc.record({
  name: nameArbitrary,
  description: descriptionArbitrary,
  bootstrapServers: fc.array(serverArbitrary, { maxLength: 4 }),
  authType: fc.constantFrom(...AUTH_CHOICES),
  username: mostly(fc.constantFrom('svc', ' svc ', REFERENCE), fc.constantFrom('', '  ')),
  password: mostly(fc.constantFrom(...secretValues), fc.constant('')),
  passwordStored: fc.boolean(),
  allowAnonymousVirtualClusterAuth: fc.boolean(),
  tlsEnabled: fc.boolean(),
  tlsSkipVerify: fc.boolean(),
  caBundle: fc.constantFrom('', ROOT_CA_PEM, REFERENCE, 'x', ' '),
  tlsVersions: mostly(
    fc.subarray(['tls12', 'tls13'] as ('tls12' | 'tls13')[], { minLength: 1 }),
    fc.array(fc.constantFrom('tls12' as const, 'tls13' as const), { maxLength: 3 }),
  ),
  mtlsEnabled: fc.boolean(),
  clientCertificate: mostly(fc.constantFrom(LEAF_PEM, REFERENCE, ' '), fc.constant('')),
  clientKey: mostly(
    fc.constantFrom(TEST_EC_PRIVATE_KEY_PEM, 'QUJD', REFERENCE),
    fc.constantFrom('', 'not a key', ' '),
  ),
  clientKeyStored: fc.boolean(),
  metadataUpdateIntervalSeconds: mostly(
    fc.constantFrom('', '1', '60', '060', '43200', ' 30 '),
    fc.constantFrom('0', '43201', '1.5', '-1', 'abc', '1e3', '99999999999999999999', '٣'),
  ),
  labels: labelsArbitrary,
})
