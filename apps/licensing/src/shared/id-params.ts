import { idParam, CommonErrorCode } from '#common';
import { LicensingErrorCode } from '../licensing.errors.js';

/** The id-in-path pipes of licensing's resources: an id that is not a UUID is a 404 with the resource's code. */
export const subscriptionIdParam = () => idParam(LicensingErrorCode.SUBSCRIPTION_NOT_FOUND, 'Subscription not found');
export const sublicenseIdParam = () => idParam(LicensingErrorCode.SUBLICENSE_NOT_FOUND, 'Sublicense not found');
export const accountIdParam = () => idParam(CommonErrorCode.ACCOUNT_NOT_FOUND, 'Business account not found');
export const productIdParam = () => idParam(LicensingErrorCode.PRODUCT_NOT_FOUND, 'Product not found');
export const downloadIdParam = () => idParam(LicensingErrorCode.DOWNLOAD_NOT_FOUND, 'Download not found');
