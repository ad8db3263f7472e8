from typing import Optional

from sqlalchemy import Integer, PrimaryKeyConstraint, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class वसत(Base):
    __tablename__ = 'वस्तु'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='वस्तु_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    न_म: Mapped[Optional[str]] = mapped_column('नाम', Text)
    note: Mapped[Optional[str]] = mapped_column(Text, comment='soft\xadhyphen zero\u200bwidth word\u2060joiner é \u0378')
