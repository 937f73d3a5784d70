// Types for the generated ajv validators (request-validators.js). Written by hand because ajv emits JS only.
import type { ErrorObject } from 'ajv'
import type {
  CreateBackendClusterRequest,
  CreateVirtualClusterRequest,
  UpdateBackendClusterRequest,
  UpdateVirtualClusterRequest,
} from '../../api/api-types'

export interface GeneratedValidator<T> {
  (data: unknown): data is T
  errors?: ErrorObject[] | null
}

export declare const validateCreateBackendCluster: GeneratedValidator<CreateBackendClusterRequest>
export declare const validateUpdateBackendCluster: GeneratedValidator<UpdateBackendClusterRequest>
export declare const validateCreateVirtualCluster: GeneratedValidator<CreateVirtualClusterRequest>
export declare const validateUpdateVirtualCluster: GeneratedValidator<UpdateVirtualClusterRequest>
