from sqlalchemy import ForeignKeyConstraint, Index, Integer, PrimaryKeyConstraint, SmallInteger, String
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class PartKinds(Base):
    __tablename__ = 'part_kinds'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='part_kinds_pkey'),
    )

    id: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    name: Mapped[str] = mapped_column(String(16), nullable=False)

    parts: Mapped[list['Parts']] = relationship('Parts', back_populates='part_kinds')


class Parts(Base):
    __tablename__ = 'parts'
    __table_args__ = (
        ForeignKeyConstraint(['kind'], ['part_kinds.id'], name='fk_part_kind'),
        PrimaryKeyConstraint('id', name='parts_pkey'),
        Index('parts_kind_idx', 'kind')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[int] = mapped_column(SmallInteger, nullable=False)

    part_kinds: Mapped['PartKinds'] = relationship('PartKinds', back_populates='parts')
