/** Win rate and average days to close, over closed deals. */
export class GetDealConversions {}
