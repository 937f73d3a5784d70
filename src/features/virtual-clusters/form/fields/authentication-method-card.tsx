import ArrowDownward from '@mui/icons-material/ArrowDownward'
import ArrowUpward from '@mui/icons-material/ArrowUpward'
import DeleteOutlined from '@mui/icons-material/DeleteOutlined'
import Alert from '@mui/material/Alert'
import IconButton from '@mui/material/IconButton'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import Tooltip from '@mui/material/Tooltip'
import Typography from '@mui/material/Typography'
import { useId, type ReactNode, type Ref } from 'react'
import { useController, useFormContext } from 'react-hook-form'
import type { RuntimeSupport } from '../virtual-cluster-runtime'
import type { AuthMethodKind, VirtualClusterFormValues } from '../virtual-cluster-form-values'
import { AnonymousSettings } from './anonymous-settings'
import { authMethodLabel, AUTH_METHOD_OPTIONS } from './authentication-method-options'
import { KongIdentitySettings } from './kong-identity-settings'
import { OauthBearerSettings } from './oauth-bearer-settings'
import { SaslPlainSettings } from './sasl-plain-settings'
import { SaslScramSettings } from './sasl-scram-settings'

export interface CardControls {
  up: HTMLButtonElement | null
  down: HTMLButtonElement | null
}

interface AuthenticationMethodCardProps {
  index: number
  count: number
  kind: AuthMethodKind
  /** How many SASL/PLAIN methods come before this one. */
  plainRank: number
  /** How buttons name this method: "SASL/PLAIN", or "SASL/PLAIN (method 2)" when the kind repeats. */
  accessibleName: string
  gatewayId: string
  runtime: RuntimeSupport
  onMove: (direction: 'up' | 'down') => void
  onRemove: () => void
  /** The card's heading and move buttons, for moving focus after a move or a removal. */
  headingRef: (element: HTMLHeadingElement | null) => void
  controlsRef: (controls: Partial<CardControls>) => void
}

function CardButton({
  label,
  disabled,
  onClick,
  buttonRef,
  children,
}: {
  label: string
  disabled?: boolean
  onClick: () => void
  buttonRef?: Ref<HTMLButtonElement>
  children: ReactNode
}) {
  // The wrapper lets the tooltip follow a disabled button, which takes no pointer events.
  return (
    <Tooltip title={label}>
      <span>
        <IconButton
          aria-label={label}
          disabled={disabled}
          onClick={onClick}
          ref={buttonRef}
          size="small"
        >
          {children}
        </IconButton>
      </span>
    </Tooltip>
  )
}

function MethodSettings({
  kind,
  index,
  plainRank,
  gatewayId,
  error,
}: {
  kind: AuthMethodKind
  index: number
  plainRank: number
  gatewayId: string
  error: string | undefined
}) {
  switch (kind) {
    case 'anonymous':
      return <AnonymousSettings gatewayId={gatewayId} error={error} />
    case 'sasl_plain':
      return <SaslPlainSettings index={index} plainRank={plainRank} />
    case 'sasl_scram':
      return <SaslScramSettings index={index} />
    case 'oauth_bearer':
      return <OauthBearerSettings index={index} />
    case 'client_certificate':
      return (
        <Typography variant="body2" color="text.secondary">
          The client&apos;s certificate is verified by the listener&apos;s TLS policy (mTLS); the
          principal is the identity that policy maps from it.
        </Typography>
      )
  }
}

/** One method of the ordered list: its place, its settings, and buttons to move or remove it. */
export function AuthenticationMethodCard({
  index,
  count,
  kind,
  plainRank,
  accessibleName,
  gatewayId,
  runtime,
  onMove,
  onRemove,
  headingRef,
  controlsRef,
}: AuthenticationMethodCardProps) {
  const { control } = useFormContext<VirtualClusterFormValues>()
  // Errors about the method as a whole sit on its kind; its ref is the heading, so they get focus.
  const { field, fieldState } = useController({ control, name: `authentication.${index}.kind` })
  const headingId = useId()
  const label = authMethodLabel(kind)
  const description = AUTH_METHOD_OPTIONS.find((option) => option.kind === kind)?.description
  const error = fieldState.error?.message
  return (
    <Paper
      component="li"
      variant="outlined"
      aria-labelledby={headingId}
      sx={{
        p: { xs: 1.5, sm: 2 },
        listStyle: 'none',
        borderColor: error ? 'error.main' : undefined,
      }}
    >
      <Stack
        direction="row"
        spacing={1}
        sx={{ alignItems: 'center', justifyContent: 'space-between' }}
      >
        <Typography
          id={headingId}
          component="h3"
          variant="h3"
          tabIndex={-1}
          ref={(element: HTMLHeadingElement | null) => {
            field.ref(element)
            headingRef(element)
          }}
          sx={{ outline: 'none', '&:focus-visible': { textDecoration: 'underline' } }}
        >
          {index + 1}. {label}
        </Typography>
        <Stack direction="row" spacing={0.5}>
          <CardButton
            label={`Move ${accessibleName} up`}
            disabled={index === 0}
            onClick={() => onMove('up')}
            buttonRef={(up) => controlsRef({ up })}
          >
            <ArrowUpward fontSize="small" />
          </CardButton>
          <CardButton
            label={`Move ${accessibleName} down`}
            disabled={index === count - 1}
            onClick={() => onMove('down')}
            buttonRef={(down) => controlsRef({ down })}
          >
            <ArrowDownward fontSize="small" />
          </CardButton>
          <CardButton label={`Remove ${accessibleName}`} onClick={onRemove}>
            <DeleteOutlined fontSize="small" />
          </CardButton>
        </Stack>
      </Stack>
      <Stack spacing={2} sx={{ mt: 1 }}>
        {kind === 'anonymous' ? null : (
          <Typography variant="body2" color="text.secondary">
            {description}
          </Typography>
        )}
        {error && kind !== 'anonymous' ? (
          <Alert severity="error" role="alert">
            {error}
          </Alert>
        ) : null}
        <MethodSettings
          kind={kind}
          index={index}
          plainRank={plainRank}
          gatewayId={gatewayId}
          error={error}
        />
        {kind === 'anonymous' ? null : (
          <KongIdentitySettings index={index} kind={kind} runtime={runtime} />
        )}
      </Stack>
    </Paper>
  )
}
